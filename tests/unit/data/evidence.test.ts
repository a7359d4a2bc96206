import { describe, expect, it } from 'vitest';
import { BASELINE_KIND, EVIDENCE_FOR_KIND } from '../../../src/data/schema';
import type { IsoDate, Partner } from '../../../src/data/schema';
import { loadedPack, LOADED_PACKS } from './packs';

/** Dates of different precision compare by their first day: '2005' is before '2005-03'. */
const firstDay = (d: IsoDate) => d.padEnd(10, '-01');
const cmp = (a: IsoDate, b: IsoDate) => firstDay(a).localeCompare(firstDay(b));
/** '2008' runs to the end of 2008 (the last day of any month will do for comparing). */
const lastDay = (d: IsoDate) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
/** True when `a` is wholly before `b`, whatever their precision: '2008' is not before '2008-01-23'. */
const whollyBefore = (a: IsoDate, b: IsoDate) => lastDay(a) < firstDay(b);

/**
 * The evidence rule (DESIGN.md, research/BRIEF.md): each period of a partner's kind starts no
 * earlier than the dated document that establishes it, and that document is of a type the kind
 * accepts; a strain is a dated period of tension whose evidence, starting with its trigger, falls
 * within it.
 * Returns the breaches, so that a broken copy can show the check bites.
 */
function evidenceBreaches(p: Partner): string[] {
  const out: string[] = [];
  p.periods.forEach((period, i) => {
    const where = `${p.id} period ${i} (${period.kind} from ${period.from})`;
    const e = period.establishing;
    if (e && cmp(period.from, e.date) < 0) out.push(`${where} starts before its establishing evidence (${e.date})`);
    if (e && !EVIDENCE_FOR_KIND[period.kind].includes(e.type)) out.push(`${where} rests on ${e.type}`);
    if (period.kind !== BASELINE_KIND) {
      if (!e) out.push(`${where} has no establishing evidence`);
      else if (e.type === 'relations-established') out.push(`${where} rests on relations being established`);
    }
    if (period.to !== undefined && cmp(period.from, period.to) >= 0) out.push(`${where} ends before it starts`);
    const next = p.periods[i + 1];
    if (next) {
      if (period.to === undefined) out.push(`${where} is open-ended but is followed by another period`);
      else if (cmp(period.to, next.from) > 0) out.push(`${where} overlaps the next period`);
      if (cmp(period.from, next.from) >= 0) out.push(`${where} is out of order`);
    }
  });
  p.strains.forEach((s, i) => {
    const where = `${p.id} strain ${i} (${s.label})`;
    if (s.to !== undefined && cmp(s.from, s.to) >= 0) out.push(`${where} ends before it starts`);
    s.evidence.forEach((e, j) => {
      // The first evidence may be the trigger itself, dated the day the strain begins.
      if (whollyBefore(e.date, s.from)) out.push(`${where}: evidence ${j} (${e.date}) predates the strain`);
      if (s.to !== undefined && whollyBefore(s.to, e.date)) out.push(`${where}: evidence ${j} (${e.date}) is after the strain ended`);
      const prev = s.evidence[j - 1];
      if (prev && whollyBefore(e.date, prev.date)) out.push(`${where}: evidence ${j} is out of order`);
    });
  });
  return out;
}

describe('the evidence rule', () => {
  const { partners } = loadedPack('AZE');
  it.each(LOADED_PACKS.flatMap((pack) => pack.partners.map((p) => [`${pack.id}: ${p.id}`, p] as const)))('holds for %s', (_, p) => {
    expect(evidenceBreaches(p)).toEqual([]);
  });

  it('ends Armenia in a no-relations period, with no diplomatic relations flagged', () => {
    const arm = partners.find((p) => p.id === 'ARM');
    expect(arm?.noDiplomaticRelations).toBe(true);
    expect(arm?.relationsEstablished).toBeUndefined();
    expect(arm?.periods.every((p) => p.kind === 'adversarial')).toBe(true);
    expect(arm?.periods.at(-1)?.establishing?.type).toBe('no-relations');
  });

  it('keeps Russia’s alliance in force through the strain that began with the AZAL crash', () => {
    const rus = partners.find((p) => p.id === 'RUS');
    expect(rus?.periods.at(-1)?.kind).toBe('alliance');
    expect(rus?.periods.at(-1)?.to).toBeUndefined();
    expect(rus?.strains.at(-1)?.from).toBe('2024-12-25');
  });

  it('catches a broken copy', () => {
    const rus = partners.find((p) => p.id === 'RUS');
    if (!rus) throw new Error('no Russia');
    const [first, second, third] = rus.periods;
    if (!first?.establishing || !second?.establishing || !third) throw new Error('Russia’s periods changed');
    const broken: Partner = {
      ...rus,
      periods: [
        first,
        // A strategic period resting on relations being established, and starting before it.
        { ...second, from: '1990', establishing: { ...first.establishing, type: 'relations-established' } },
        // An alliance with no establishing document.
        { ...third, establishing: undefined },
      ],
      strains: [{ from: '2024-12-25', label: 'broken', evidence: [{ ...first.establishing, date: '2020' }] }],
    };
    const breaches = evidenceBreaches(broken);
    expect(breaches.some((b) => b.includes('rests on relations-established'))).toBe(true);
    expect(breaches.some((b) => b.includes('starts before its establishing evidence'))).toBe(true);
    expect(breaches.some((b) => b.includes('has no establishing evidence'))).toBe(true);
    expect(breaches.some((b) => b.includes('out of order'))).toBe(true);
    expect(breaches.some((b) => b.includes('predates the strain'))).toBe(true);
  });
});
