import type { FocusDataset } from '../schema';
import { kinds } from './kinds';
import { organisations } from './organisations';
import { partners } from './partners';
import { routeGroups, routes } from './routes';

/**
 * The focus country's dataset. A second focus country would be a second folder like this one,
 * not a code change. Its timeline events (`./events`) load separately, when the timeline is used.
 */
export const azerbaijan: FocusDataset = {
  focus: {
    id: 'AZE',
    name: 'Azerbaijan',
    capital: {
      name: 'Baku',
      lat: 40.3833,
      lng: 49.8667,
      source: { url: 'https://github.com/kirkkenney/worldcapitals', publisher: 'worldcapitals dataset' },
    },
  },
  kinds,
  partners,
  organisations,
  routes,
  routeGroups,
};
