import { azerbaijan as dataset } from '../data/azerbaijan';
import { COUNTRY_NAMES } from '../data/country-names';
import { buildCatalog } from './catalog';
import { indexPartners } from './selectors';

/**
 * The focus country's dataset and what the whole app derives from it once: read by the first
 * map drawn before React starts (map/base-map.ts) and by the app, so that both agree.
 */
export { dataset };
export const ZOOM_RANGE = { min: 2, max: 10 };
export const index = indexPartners(dataset.partners);
export const catalog = buildCatalog(dataset, Object.keys(COUNTRY_NAMES), new Date(), ZOOM_RANGE);
export const countryName = (id: string) => COUNTRY_NAMES[id] ?? id;
export const knownCountry = (id: string) => id in COUNTRY_NAMES;
