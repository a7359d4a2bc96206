import { geoJSON, type GeoJSON as LeafletGeoJSON, type Map as LeafletMap, type PathOptions } from 'leaflet';
import type { Countries, CountryFeature } from '../data/load-geometry';

export interface DrawnCountries {
  /** The geometry they were drawn from: a layer is only taken over for the same countries. */
  countries: Countries;
  layer: LeafletGeoJSON;
  /** The style each country was drawn with, so a restyle touches only those that change. */
  applied: Map<string, PathOptions>;
}

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
  return { countries, layer, applied };
}

/**
 * The layer drawn before React started, when it is for these countries and still on the map
 * (a layer the app removed, as StrictMode's trial unmount does, is drawn again instead).
 */
export function drawnLayerFor(map: LeafletMap, drawn: DrawnCountries | null, countries: Countries): DrawnCountries | null {
  return drawn && drawn.countries === countries && map.hasLayer(drawn.layer) ? drawn : null;
}
