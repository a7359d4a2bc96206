import type { FocusDataset } from '../data/schema';
import type { Catalog } from './view-state';

export const FIRST_YEAR = 1991;

/** What a catalog knows besides its dataset: the drawn countries, the packs, today, the zooms. */
export interface CatalogContext {
  countryIds: readonly string[];
  /** The focus countries there are packs for; the first is the default. */
  focuses: readonly string[];
  now: Date;
  zoom: { min: number; max: number };
}

/** Everything a URL may name, from the focus country's dataset and what the page knows. */
export function buildCatalog(dataset: FocusDataset, { countryIds, focuses, now, zoom }: CatalogContext): Catalog {
  return {
    countries: new Set(countryIds),
    blocs: new Set(dataset.partners.filter((p) => p.members).map((p) => p.id)),
    routes: dataset.routes.map((r) => r.id),
    routeGroups: Object.fromEntries(dataset.routeGroups.map((g) => [g.id, g.routes])),
    orgs: new Set(dataset.organisations.map((o) => o.id)),
    defaultLayers: dataset.defaultLayers,
    focuses,
    focus: dataset.focus.id,
    minYear: FIRST_YEAR,
    maxYear: now.getFullYear(),
    minZoom: zoom.min,
    maxZoom: zoom.max,
  };
}
