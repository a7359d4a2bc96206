import type { FocusDataset, FocusDetails, TimelineEvent, FocusPack } from '../data/schema';
import { buildCatalog } from './catalog';
import { indexPartners, type PartnerIndex } from './selectors';
import type { Catalog } from './view-state';

/** The zoom levels the map allows, and so the `map=` key accepts. */
export const ZOOM_RANGE = { min: 2, max: 10 };

/**
 * The focus country's dataset with everything the app derives from it once: made at start-up
 * (boot/) and handed to the first map and to the app, so that both read the same.
 */
export interface FocusContext {
  dataset: FocusDataset;
  index: PartnerIndex;
  /** Everything a URL may name. */
  catalog: Catalog;
  countryName: (id: string) => string;
  knownCountry: (id: string) => boolean;
  /** The panels' half of the dataset, loaded when first needed. */
  loadDetails: () => Promise<FocusDetails>;
  loadEvents: () => Promise<readonly TimelineEvent[]>;
}

/**
 * Derives the focus context from a pack, the display names of the drawn countries and the ids
 * of every pack (the first is the default focus).
 */
export function deriveFocusContext(
  pack: FocusPack,
  countryNames: Readonly<Record<string, string>>,
  focuses: readonly string[],
  now: Date,
): FocusContext {
  const { dataset, loadDetails, loadEvents } = pack;
  return {
    dataset,
    loadDetails,
    loadEvents,
    index: indexPartners(dataset.partners),
    catalog: buildCatalog(dataset, { countryIds: Object.keys(countryNames), focuses, now, zoom: ZOOM_RANGE }),
    countryName: (id) => countryNames[id] ?? id,
    knownCountry: (id) => id in countryNames,
  };
}
