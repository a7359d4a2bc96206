import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '../../../src/data/country-names';
import { orgStatus } from '../../../src/data/schema';
import type { Organisation } from '../../../src/data/schema';
import { loadedPack, packRows } from './packs';

// Natural Earth's 1:10m data has the Vatican, but it collapses to nothing at our simplification.
const KNOWN = new Set([...Object.keys(COUNTRY_NAMES), 'VAT']);

/** What every organisation record must say; returns the breaches so a broken copy can show it bites. */
function organisationBreaches(o: Organisation): string[] {
  const out: string[] = [];
  if (!orgStatus.options.includes(o.status)) out.push(`${o.id}: no status`);
  if (!o.joined?.date || !o.joined.text || !o.joined.source?.url) out.push(`${o.id}: no joined fact`);
  if (o.left && o.left.date.localeCompare(o.joined.date) < 0) out.push(`${o.id}: left before it joined`);
  if (o.members.length === 0) out.push(`${o.id}: no members`);
  for (const m of [...o.members, ...(o.partners ?? [])]) if (!KNOWN.has(m)) out.push(`${o.id}: ${m} is not a known country`);
  return out;
}

describe.each(packRows)('the %s pack’s organisations', (_, pack) => {
  it.each(pack.dataset.organisations.map((o) => [o.id, o] as const))('%s has a status, a joined fact and known members', (_, o) => {
    expect(organisationBreaches(o)).toEqual([]);
  });

  it('list the focus country among the members exactly where it is a member today, and among the partners where it is one', () => {
    const { focus } = pack.dataset;
    for (const o of pack.dataset.organisations) {
      const member = o.status === 'member' && !o.left;
      expect(o.members.includes(focus.id), o.id).toBe(member);
      if (!member && o.partners) expect(o.partners, o.id).toContain(focus.id);
    }
  });

  it('name only known partner countries', () => {
    for (const p of pack.partners) {
      if (p.id === 'EU') for (const m of p.members ?? []) expect(KNOWN.has(m), m).toBe(true);
      else expect(KNOWN.has(p.id), p.id).toBe(true);
    }
  });
});

describe('Azerbaijan’s organisations', () => {
  const { organisations } = loadedPack('AZE').dataset;

  it('record the Collective Security Treaty as left in 1999, and the standings that are not membership', () => {
    const byId = new Map(organisations.map((o) => [o.id, o]));
    expect(byId.get('cst')?.left?.date).toBe('1999-04');
    expect(byId.get('sco')?.status).toBe('dialogue-partner');
    expect(byId.get('nato-pfp')?.status).toBe('partner');
    expect(byId.get('eap')?.status).toBe('partner');
  });

  it('catch a broken copy', () => {
    const un = organisations.find((o) => o.id === 'un');
    if (!un) throw new Error('no UN');
    const broken = { ...un, status: 'friend', members: ['AZE', 'XXX'], left: { ...un.joined, date: '1990' } } as unknown as Organisation;
    const breaches = organisationBreaches(broken);
    expect(breaches).toContain('un: no status');
    expect(breaches).toContain('un: XXX is not a known country');
    expect(breaches).toContain('un: left before it joined');
  });
});
