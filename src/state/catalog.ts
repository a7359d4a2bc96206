import type { FocusDataset } from '../data/schema';
import type { Catalog } from './view-state';

export const FIRST_YEAR = 1991;

/** Overlays shown when the URL says nothing: BTC, the Southern Gas Corridor and BTK. */
export const DEFAULT_LAYERS = ['btc', 'sgc', 'btk'] as const;

/** Everything a URL may name, from the dataset and the ids of the drawn countries. */
export function buildCatalog(dataset: FocusDataset, countryIds: readonly string[], now: Date, zoom: { min: number; max: number }): Catalog {
  return {
    countries: new Set(countryIds),
    blocs: new Set(dataset.partners.filter((p) => p.members).map((p) => p.id)),
    routes: dataset.routes.map((r) => r.id),
    routeGroups: Object.fromEntries(dataset.routeGroups.map((g) => [g.id, g.routes])),
    orgs: new Set(dataset.organisations.map((o) => o.id)),
    defaultLayers: DEFAULT_LAYERS,
    minYear: FIRST_YEAR,
    maxYear: now.getFullYear(),
    minZoom: zoom.min,
    maxZoom: zoom.max,
  };
}
