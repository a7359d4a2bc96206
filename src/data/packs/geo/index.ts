import { assembleDataset } from '../../assemble-pack';
import type { FocusDataset, FocusPack } from '../../schema';
import { capital } from '../../sourcing';
import { standings } from './organisations';
import { partners } from './partners';
import { ROUTE_IDS } from './routes';

/**
 * Georgia as the focus country: its own parts, assembled with the shared facts (the routes it
 * shares with Azerbaijan are described once). Details and events load when first needed.
 */
export const georgia: FocusDataset = assembleDataset({
  asOf: '2026-12-01',
  focus: {
    id: 'GEO',
    name: 'Georgia',
    capital: capital('Tbilisi', 41.6833, 44.8333),
  },
  title: 'Georgia’s foreign relations',
  tagline: 'Partners, pipelines and railways across the Caucasus: click a country or a route. Every fact is sourced.',
  views: {
    // Europe, the Black Sea, the Caucasus and Central Asia.
    wide: [
      [34, -2],
      [58, 76],
    ],
    // The Black Sea coast to the Caspian.
    phone: [
      [39, 37.5],
      [45, 49.5],
    ],
  },
  smallPlaces: [
    { countryId: 'GEO', place: capital('Tbilisi', 41.6833, 44.8333) },
    { countryId: 'ARM', place: capital('Yerevan', 40.1667, 44.5) },
  ],
  kindNotes: {
    adversarial:
      'With Russia: war in August 2008, after which Georgia broke off diplomatic relations; Russia recognises Abkhazia and South Ossetia as states, which Georgia and most states regard as Georgian territory under Russian occupation.',
  },
  partners,
  standings,
  routeIds: ROUTE_IDS,
  // The oil pipeline, the gas corridor and the railway that cross Georgia to Türkiye (Baku–Supsa is idle).
  defaultLayers: ['btc', 'sgc', 'btk'],
});

/** Georgia's pack: the dataset, and its details and events loaded on demand. */
export const pack: FocusPack = {
  dataset: georgia,
  loadDetails: () => import('./details').then((m) => m.details),
  loadEvents: () => import('./events').then((m) => m.events),
};
