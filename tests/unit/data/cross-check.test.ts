import { describe, expect, it } from 'vitest';
import { focusDataset } from '../../../src/data/schema';
import { packRows } from './packs';
import { COUNTRY_NAMES } from '../../../src/data/country-names';
import { routeStageIn } from '../../../src/state/timeline';

// Natural Earth's 1:10m data has the Vatican, but it collapses to nothing at our simplification.
const TOO_SMALL_TO_DRAW = new Set(['VAT']);
const drawn = (id: string) => id in COUNTRY_NAMES || TOO_SMALL_TO_DRAW.has(id);

/** The datasets checked against each other: every id the data names exists in the geometry. */
describe.each(packRows)('the %s dataset against the geometry', (_, { dataset }) => {
  it('passes the schema as a whole', () => {
    expect(() => focusDataset.parse(dataset)).not.toThrow();
  });

  it('names only countries that are drawn', () => {
    const named = [
      dataset.focus.id,
      ...dataset.partners.flatMap((p) => (p.members ? p.members : [p.id])),
      ...dataset.organisations.flatMap((o) => [...o.members, ...(o.partners ?? [])]),
      ...dataset.routes.flatMap((r) => r.countries),
      ...dataset.smallPlaces.map((s) => s.countryId),
    ];
    expect([...new Set(named)].filter((id) => !drawn(id))).toEqual([]);
  });

  it('shows the default overlays today, from the routes it shows', () => {
    const groups = new Map(dataset.routeGroups.map((g) => [g.id, g.routes]));
    for (const id of dataset.defaultLayers.flatMap((l) => groups.get(l) ?? [l])) {
      const route = dataset.routes.find((r) => r.id === id);
      expect(route, id).toBeDefined();
      expect(route && routeStageIn(route, null), id).toBe('operational');
    }
  });
});
