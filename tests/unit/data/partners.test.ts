import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { orgId, organisation, partner, relationKind, relationKindId, timelineEvent } from '../../../src/data/schema';
import type { IsoDate, Partner } from '../../../src/data/schema';
import { organisations as sharedOrganisations } from '../../../src/data/shared/organisations';
import { loadedPack, packRows } from './packs';

const alpha3 = new Set(Object.keys(countries.getAlpha3Codes()));
const isRealCountry = (code: string) => alpha3.has(code);

/** Dates of different precision compare by their first day: '2005' is before '2005-03'. */
const firstDay = (d: IsoDate) => d.padEnd(10, '-01');
const byFirstDay = (a: IsoDate, b: IsoDate) => firstDay(a).localeCompare(firstDay(b));

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe.each(packRows)('the %s pack', (_, pack) => {
  const { partners, events } = pack;
  const { kinds, organisations } = pack.dataset;

  describe('the schema accepts the dataset', () => {
    it.each(kinds.map((k) => [k.id, k]))('kind %s', (_, k) => {
      expect(() => relationKind.parse(k)).not.toThrow();
    });
    it.each(partners.map((p) => [p.id, p]))('partner %s', (_, p) => {
      expect(() => partner.parse(p)).not.toThrow();
    });
    it.each(organisations.map((o) => [o.id, o]))('organisation %s', (_, o) => {
      expect(() => organisation.parse(o)).not.toThrow();
    });
    it('every event', () => {
      for (const e of events) expect(() => timelineEvent.parse(e), e.text).not.toThrow();
    });
  });

  describe('ids', () => {
    it('are unique within kinds, partners and organisations', () => {
      expect(duplicates(kinds.map((k) => k.id))).toEqual([]);
      expect(duplicates(partners.map((p) => p.id))).toEqual([]);
      expect(duplicates(organisations.map((o) => o.id))).toEqual([]);
    });

    it('cover exactly the schema’s relationship kinds, and organisations the schema knows', () => {
      expect(kinds.map((k) => k.id).sort()).toEqual([...relationKindId.options].sort());
      for (const o of organisations) expect(orgId.options, o.id).toContain(o.id);
    });

    it('name real countries (ISO 3166-1 alpha-3)', () => {
      for (const p of partners) if (p.id !== 'EU') expect(isRealCountry(p.id), p.id).toBe(true);
    });
  });

  describe('relationship periods', () => {
    const start = (p: Partner): IsoDate => p.relationsEstablished?.date ?? '1991';

    it.each(partners.map((p) => [p.id, p]))('%s: sorted, contiguous, open-ended, from the start of relations', (_, p) => {
      const { periods } = p;
      expect(byFirstDay(periods[0]!.from, start(p)), 'first period starts after relations began').toBeLessThanOrEqual(0);
      periods.forEach((period, i) => {
        if (period.to !== undefined) expect(byFirstDay(period.from, period.to), `period ${i} ends before it starts`).toBeLessThan(0);
        const next = periods[i + 1];
        if (next) expect(period.to, `period ${i} must end where period ${i + 1} starts`).toBe(next.from);
      });
      expect(periods.at(-1)!.to, 'the last period is open-ended').toBeUndefined();
    });

    // Recognition may come before relations: the first period's context may predate it.
    it.each(partners.map((p) => [p.id, p]))('%s: supporting facts fall inside their period', (_, p) => {
      for (const [i, { from, to, supporting }] of p.periods.entries()) {
        for (const e of supporting) {
          if (i > 0) expect(byFirstDay(e.date, from), e.text).toBeGreaterThanOrEqual(0);
          if (to !== undefined) expect(byFirstDay(e.date, to), e.text).toBeLessThanOrEqual(0);
        }
      }
    });
  });

  describe('timeline events', () => {
    const known = new Set([
      ...partners.map((p) => (p.id === 'EU' ? 'bloc:EU' : `country:${p.id}`)),
      ...organisations.map((o) => `org:${o.id}`),
      ...pack.dataset.routes.map((r) => `route:${r.id}`),
    ]);

    it('only refer to the pack’s partners, organisations and routes', () => {
      for (const e of events)
        expect(
          e.refs.filter((r) => !known.has(r)),
          e.text,
        ).toEqual([]);
    });

    it('run from 1991 to 2026', () => {
      const years = events.map((e) => Number(e.date.slice(0, 4)));
      expect(Math.min(...years)).toBe(1991);
      expect(Math.max(...years)).toBe(2026);
    });
  });
});

describe('the Azerbaijan pack', () => {
  const { partners } = loadedPack('AZE');
  const { organisations } = loadedPack('AZE').dataset;

  it('covers every organisation the schema knows', () => {
    expect(organisations.map((o) => o.id).sort()).toEqual([...orgId.options].sort());
  });

  it('includes every partner the map needs', () => {
    const required = [
      'RUS',
      'TUR',
      'IRN',
      'USA',
      'EU',
      'GEO',
      'ARM',
      'KAZ',
      'TKM',
      'UZB',
      'KGZ',
      'TJK',
      'UKR',
      'ISR',
      'CHN',
      'PAK',
      'ITA',
      'HUN',
      'GRC',
      'BGR',
      'ROU',
    ];
    const ids = new Set(partners.map((p) => p.id));
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('membership lists', () => {
  const { partners } = loadedPack('AZE');
  const organisations = sharedOrganisations;
  const eu = partners.find((p) => p.id === 'EU');

  it('are real ISO alpha-3 codes without repeats', () => {
    const lists: [string, string[]][] = [
      ['EU', eu?.members ?? []],
      ...organisations.map((o): [string, string[]] => [o.id, o.members]),
      ...organisations.map((o): [string, string[]] => [`${o.id} partners`, o.partners ?? []]),
    ];
    for (const [name, members] of lists) {
      expect(
        members.filter((m) => !isRealCountry(m)),
        name,
      ).toEqual([]);
      expect(duplicates(members), name).toEqual([]);
    }
  });

  it.each([
    ['un', 193],
    ['osce', 57],
    ['oic', 57],
    ['nam', 121],
    ['coe', 46],
    ['cis', 9],
    ['ots', 5],
    ['guam', 4],
    ['bsec', 13],
    ['eco', 10],
    ['d8', 9],
  ])('%s has %i members, Azerbaijan among them', (id, count) => {
    const members = organisations.find((o) => o.id === id)?.members ?? [];
    expect(members).toHaveLength(count);
    expect(members).toContain('AZE');
  });

  it.each([
    ['sco', 10],
    ['nato-pfp', 32],
    ['eap', 27],
    ['cst', 6],
  ])('%s has %i members, Azerbaijan not among them', (id, count) => {
    const members = organisations.find((o) => o.id === id)?.members ?? [];
    expect(members).toHaveLength(count);
    expect(members).not.toContain('AZE');
  });

  it('give the Eastern Partnership the EU’s 27 states as members and the six partner countries as partners', () => {
    const eap = organisations.find((o) => o.id === 'eap');
    const eu = partners.find((p) => p.id === 'EU');
    expect([...(eap?.members ?? [])].sort()).toEqual([...(eu?.members ?? [])].sort());
    expect(eap?.partners).toEqual(['ARM', 'AZE', 'BLR', 'GEO', 'MDA', 'UKR']);
  });

  it('give the EU its 27 members, including every EU partner with its own panel', () => {
    expect(eu?.members).toHaveLength(27);
    for (const id of ['ITA', 'HUN', 'GRC', 'BGR', 'ROU']) expect(eu?.members, id).toContain(id);
  });

  it('only name bloc members that are in the UN', () => {
    const un = new Set(organisations.find((o) => o.id === 'un')?.members);
    expect((eu?.members ?? []).filter((m) => !un.has(m))).toEqual([]);
  });
});

describe('Azerbaijan’s partners', () => {
  const { partners } = loadedPack('AZE');

  it('keep Armenia adversarial, without diplomatic relations', () => {
    const arm = partners.find((p) => p.id === 'ARM');
    expect(arm?.relationsEstablished).toBeUndefined();
    expect(arm?.noDiplomaticRelations).toBe(true);
    expect(arm?.periods.every((p) => p.kind === 'adversarial')).toBe(true);
  });
});
