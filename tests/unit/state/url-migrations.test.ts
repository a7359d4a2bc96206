import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../src/state/url-codec';
import { applyIdMigrations, ID_MIGRATIONS, type IdMigration } from '../../../src/state/url-migrations';
import { catalog } from './catalog-fixture';

// A made-up history: the BTC route was once "baku-ceyhan", then "bc"; Türkiye was once "TRK".
const renames: IdMigration[] = [
  { kind: 'route', from: 'baku-ceyhan', to: 'bc', since: '2026-01' },
  { kind: 'route', from: 'bc', to: 'btc', since: '2026-06' },
  { kind: 'country', from: 'TRK', to: 'TUR', since: '2026-06' },
];

describe('renamed ids in old links', () => {
  it('an old selection opens the renamed item, through a chain of renames', () => {
    expect(parseHash('sel=route:baku-ceyhan', catalog, renames).state.sel).toEqual({ kind: 'route', id: 'btc' });
    expect(parseHash('sel=country:TRK', catalog, renames).state.sel).toEqual({ kind: 'country', id: 'TUR' });
  });

  it('old layer ids are migrated; other ids and keys pass unchanged', () => {
    expect(parseHash('layers=bc,btk', catalog, renames).state.layers).toEqual(['btc', 'btk']);
    expect(applyIdMigrations('sel', 'org:TRK', renames)).toBe('org:TRK');
    expect(applyIdMigrations('year', '2005', renames)).toBe('2005');
  });

  it('without the table the old ids are unknown, and a cycle cannot hang the parse', () => {
    expect(parseHash('sel=route:baku-ceyhan', catalog, []).state.sel).toBeNull();
    const cycle: IdMigration[] = [
      { kind: 'route', from: 'a', to: 'b', since: '2026' },
      { kind: 'route', from: 'b', to: 'a', since: '2026' },
    ];
    expect(applyIdMigrations('sel', 'route:a', cycle)).toMatch(/^route:[ab]$/);
  });

  it('the real table names only ids that exist today', () => {
    for (const m of ID_MIGRATIONS) expect(m.to).not.toBe(m.from);
  });
});
