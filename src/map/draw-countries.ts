import { geoJSON, type GeoJSON as LeafletGeoJSON, type Map as LeafletMap, type PathOptions } from 'leaflet';
import type { Countries, CountryFeature } from '../data/load-geometry';

export interface DrawnCountries {
  layer: LeafletGeoJSON;
  /** The style each country was drawn with, so a restyle touches only those that change. */
  applied: Map<string, PathOptions>;
}

const drawnBeforeReact = new WeakMap<Countries, DrawnCountries>();

/**
 * All countries as one GeoJSON layer in the map's "countries" group. The class names the
 * country for tests and styles; Leaflet sets it once, at creation.
 */
export function drawCountries(map: LeafletMap, countries: Countries, styleFor: (id: string) => PathOptions): DrawnCountries {
  const applied = new Map<string, PathOptions>();
  const layer = geoJSON(countries, {
    stack: 'countries',
    style: (f) => {
      const { id } = f as CountryFeature;
      const style = styleFor(id);
      applied.set(id, style);
      return { ...style, className: `country country-${id}` };
    },
  }).addTo(map);
  return { layer, applied };
}

/** Draws the countries before React has started, for the app to take over (`takeOver`). */
export function drawCountriesEarly(map: LeafletMap, countries: Countries, styleFor: (id: string) => PathOptions): void {
  drawnBeforeReact.set(countries, drawCountries(map, countries, styleFor));
}

/** The layer drawn early for these countries, once: the app's layer from then on. */
export function takeOver(countries: Countries): DrawnCountries | undefined {
  const drawn = drawnBeforeReact.get(countries);
  drawnBeforeReact.delete(countries);
  return drawn;
}
