import type { FocusDataset, FocusPack } from '../schema';
import { kinds } from './kinds';
import { organisations } from './organisations';
import { partners } from './partners';
import { routeGroups, routes } from './routes';
import { capital, src } from './sourcing';

/**
 * The focus country's dataset. A second focus country would be a second folder like this one,
 * not a code change. Its timeline events (`./events`) load separately, when the timeline is used.
 */
export const azerbaijan: FocusDataset = {
  asOf: '2026-12-01',
  focus: {
    id: 'AZE',
    name: 'Azerbaijan',
    capital: capital('Baku', 40.3833, 49.8667),
  },
  smallPlaces: [
    { countryId: 'GEO', place: capital('Tbilisi', 41.6833, 44.8333) },
    { countryId: 'ARM', place: capital('Yerevan', 40.1667, 44.5) },
    {
      countryId: 'AZE',
      place: {
        name: 'Nakhchivan (exclave of Azerbaijan)',
        lat: 39.2089,
        lng: 45.4122,
        // Uncontested geography, where Wikipedia is acceptable (BRIEF.md); coordinates of the city.
        source: src('https://en.wikipedia.org/wiki/Nakhchivan_(city)'),
      },
    },
  ],
  kinds,
  partners,
  organisations,
  routes,
  routeGroups,
};

/** Azerbaijan's pack: the dataset, and its details and events loaded on demand. */
export const azerbaijanPack: FocusPack = {
  dataset: azerbaijan,
  loadDetails: () => import('./details').then((m) => m.azerbaijanDetails),
  loadEvents: () => import('./events').then((m) => m.events),
};
