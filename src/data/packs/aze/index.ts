import { assembleDataset } from '../../assemble-pack';
import type { FocusDataset, FocusPack } from '../../schema';
import { capital, src } from '../../sourcing';
import { standings } from './organisations';
import { partners } from './partners';
import { ROUTE_IDS } from './routes';

/**
 * Azerbaijan as the focus country: its own parts, assembled with the shared facts. Its panels'
 * details (`./details`) and timeline events (`./events`) load separately, when first needed.
 */
export const azerbaijan: FocusDataset = assembleDataset({
  asOf: '2026-12-01',
  focus: {
    id: 'AZE',
    name: 'Azerbaijan',
    capital: capital('Baku', 40.3833, 49.8667),
  },
  title: 'Azerbaijan’s foreign relations',
  tagline: 'Partners, pipelines and railways: click a country or a route. Every fact is sourced.',
  views: {
    // Europe, the Caucasus, the Caspian and Central Asia.
    wide: [
      [34, -2],
      [58, 76],
    ],
    // From the Black Sea to the Caspian.
    phone: [
      [37.5, 40],
      [43.5, 51],
    ],
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
  kindNotes: {
    adversarial:
      'With Armenia: no hostilities since 2023 and transit open, but the peace treaty initialled in August 2025 is not signed and there are still no diplomatic relations.',
  },
  partners,
  standings,
  routeIds: ROUTE_IDS,
  // BTC, the Southern Gas Corridor and BTK.
  defaultLayers: ['btc', 'sgc', 'btk'],
});

/** Azerbaijan's pack: the dataset, and its details and events loaded on demand. */
export const pack: FocusPack = {
  dataset: azerbaijan,
  loadDetails: () => import('./details').then((m) => m.details),
  loadEvents: () => import('./events').then((m) => m.events),
};
