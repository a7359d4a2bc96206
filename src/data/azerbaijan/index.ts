import type { FocusDataset } from '../schema';
import { kinds } from './kinds';
import { organisations } from './organisations';
import { partners } from './partners';
import { routeGroups, routes } from './routes';

/**
 * The focus country's dataset. A second focus country would be a second folder like this one,
 * not a code change. Its timeline events (`./events`) load separately, when the timeline is used.
 */
const CAPITALS = { url: 'https://github.com/kirkkenney/worldcapitals', publisher: 'worldcapitals dataset' };

export const azerbaijan: FocusDataset = {
  focus: {
    id: 'AZE',
    name: 'Azerbaijan',
    capital: { name: 'Baku', lat: 40.3833, lng: 49.8667, source: CAPITALS },
  },
  smallPlaces: [
    { countryId: 'GEO', place: { name: 'Tbilisi', lat: 41.6833, lng: 44.8333, source: CAPITALS } },
    { countryId: 'ARM', place: { name: 'Yerevan', lat: 40.1667, lng: 44.5, source: CAPITALS } },
    {
      countryId: 'AZE',
      place: {
        name: 'Nakhchivan (exclave of Azerbaijan)',
        lat: 39.2089,
        lng: 45.4122,
        source: { url: 'https://simple.wikipedia.org/wiki/Nakhchivan_(city)', publisher: 'Wikipedia' },
      },
    },
  ],
  kinds,
  partners,
  organisations,
  routes,
  routeGroups,
};
