import type { Catalog } from '../../../src/state/view-state';

/** A small catalog shaped like the real one: enough ids to exercise every key. */
export const catalog: Catalog = {
  countries: new Set(['AZE', 'TUR', 'GEO', 'ARM', 'RUS']),
  blocs: new Set(['EU']),
  routes: ['btc', 'scp', 'tanap', 'tap', 'btk'],
  routeGroups: { sgc: ['scp', 'tanap', 'tap'] },
  orgs: new Set(['cis', 'un']),
  defaultLayers: ['btc', 'scp', 'tanap', 'tap', 'btk'],
  focuses: ['AZE', 'GEO'],
  focus: 'AZE',
  minYear: 1991,
  maxYear: 2026,
  minZoom: 2,
  maxZoom: 12,
};
