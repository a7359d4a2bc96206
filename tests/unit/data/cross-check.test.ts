import { describe, expect, it } from 'vitest';
import { focusDataset } from '../../../src/data/schema';
import { azerbaijan } from '../../../src/data/azerbaijan';
import { COUNTRY_NAMES } from '../../../src/data/country-names';
import { routeStageIn } from '../../../src/state/timeline';

// Natural Earth's 1:10m data has the Vatican, but it collapses to nothing at our simplification.
const TOO_SMALL_TO_DRAW = new Set(['VAT']);
const drawn = (id: string) => id in COUNTRY_NAMES || TOO_SMALL_TO_DRAW.has(id);

/** The datasets checked against each other: every id the data names exists in the geometry. */
describe('the dataset against the geometry', () => {
  it('passes the schema as a whole', () => {
    expect(() => focusDataset.parse(azerbaijan)).not.toThrow();
  });

  it('names only countries that are drawn', () => {
    const named = [
      azerbaijan.focus.id,
      ...azerbaijan.partners.flatMap((p) => (p.members ? p.members : [p.id])),
      ...azerbaijan.organisations.flatMap((o) => [...o.members, ...(o.partners ?? [])]),
      ...azerbaijan.routes.flatMap((r) => r.countries),
      ...azerbaijan.smallPlaces.map((s) => s.countryId),
    ];
    expect([...new Set(named)].filter((id) => !drawn(id))).toEqual([]);
  });

  it('puts Azerbaijan among the members only where it is a member today, and among the partners where it is one', () => {
    for (const o of azerbaijan.organisations) {
      const member = o.status === 'member' && !o.left;
      expect(o.members.includes('AZE'), o.id).toBe(member);
      if (!member && o.partners) expect(o.partners, o.id).toContain('AZE');
    }
  });

  it('shows the default overlays today', () => {
    for (const id of ['btc', 'scp', 'tanap', 'tap', 'btk']) {
      const route = azerbaijan.routes.find((r) => r.id === id)!;
      expect(routeStageIn(route, null)).toBe('operational');
    }
  });
});
