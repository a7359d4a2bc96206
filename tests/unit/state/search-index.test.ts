import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalise, search } from '../../../src/state/search-index';
import { tinyDataset, tinyNames } from '../fixtures/tiny-dataset';

const entries = buildSearchIndex(tinyDataset, tinyNames);
const labels = (q: string) => search(entries, q).map((e) => e.label);

describe('search', () => {
  it('folds accents and case', () => {
    expect(normalise('Türkiye')).toBe('turkiye');
    expect(normalise('  São  Tomé ')).toBe('sao tome');
  });

  it('finds partners first, then other countries, routes and organisations', () => {
    expect(entries.map((e) => e.category).slice(0, 2)).toEqual(['Partner', 'Partner bloc']);
    expect(labels('beta')[0]).toBe('Beta');
    expect(labels('alpha')).toContain('Alpha');
    expect(labels('abp')).toEqual(['Alpha–Beta pipeline (ABP)']);
    expect(labels('UN')[0]).toBe('United Nations');
  });

  it('ranks an exact term over a prefix, a prefix over a word inside, and that over a match anywhere', () => {
    expect(labels('betaland')).toEqual(['Beta']);
    // "Alpha" (the focus country) is an exact term; "Alpha–Beta pipeline" only starts with it.
    expect(labels('alpha')).toEqual(['Alpha', 'Alpha–Beta pipeline (ABP)']);
    expect(labels('pipe')).toEqual(['Alpha–Beta pipeline (ABP)']);
    expect(labels('eta')).toEqual(['Beta', 'Alpha–Beta pipeline (ABP)']);
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(search(entries, '   ')).toEqual([]);
    expect(search(entries, 'zzz')).toEqual([]);
  });
});
