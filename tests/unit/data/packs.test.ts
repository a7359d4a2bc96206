import { describe, expect, it } from 'vitest';
import { PACKS } from '../../../src/data/packs/registry';
import { LOADED_PACKS } from './packs';

describe('the pack registry', () => {
  it('is what the data tests check: no pack is left out of them', () => {
    expect(LOADED_PACKS.map((p) => p.id)).toEqual(PACKS.map((p) => p.id));
  });

  it('loads each pack for its own focus country', async () => {
    for (const entry of PACKS) {
      const pack = await entry.load();
      expect(pack.dataset.focus.id).toBe(entry.id);
      expect(pack.dataset.focus.name).toBe(entry.name);
      expect(pack.dataset.title).toContain(entry.name);
    }
  });

  it('gives Georgia at least 15 partners, and the partners the issue names', () => {
    const geo = LOADED_PACKS.find((p) => p.id === 'GEO');
    const ids = new Set(geo?.partners.map((p) => p.id));
    expect(ids.size).toBeGreaterThanOrEqual(15);
    for (const id of ['AZE', 'TUR', 'ARM', 'RUS', 'UKR', 'USA', 'EU', 'CHN', 'IRN', 'KAZ']) expect(ids.has(id), id).toBe(true);
  });
});

describe.each(LOADED_PACKS.map((p) => [p.id, p] as const))('the %s pack’s evidence keys', (_, pack) => {
  const { evidence } = pack.details;
  const named = pack.dataset.partners.flatMap((p) => [
    ...p.periods.flatMap((period) => [...(period.establishing ? [period.establishing.ref] : []), ...period.supporting]),
    ...p.strains.flatMap((s) => s.evidence),
    ...(p.relationsEstablished ? [p.relationsEstablished.ref] : []),
  ]);

  it('all name a fact in the evidence', () => {
    expect(named.filter((ref) => !Object.hasOwn(evidence, ref))).toEqual([]);
  });

  it('date the start of relations as the fact they name does', () => {
    for (const p of pack.dataset.partners) {
      if (p.relationsEstablished) expect(p.relationsEstablished.date, p.id).toBe(evidence[p.relationsEstablished.ref]?.date);
    }
  });

  it('leave no fact in the evidence unused by the partners or their panels', () => {
    const inDetails = new Set(Object.values(pack.details.partners).flatMap((d) => [...d.treaties, ...d.tensions]));
    const used = new Set(named);
    expect(
      Object.entries(evidence)
        .filter(([key, fact]) => !used.has(key) && !inDetails.has(fact))
        .map(([key]) => key),
    ).toEqual([]);
  });
});
