import type { FocusDataset, FocusDetails, Partner, TimelineEvent } from '../../../src/data/schema';
import { pack as aze } from '../../../src/data/packs/aze';
import { details as azeDetails } from '../../../src/data/packs/aze/details';
import { events as azeEvents } from '../../../src/data/packs/aze/events';
import { pack as geo } from '../../../src/data/packs/geo';
import { details as geoDetails } from '../../../src/data/packs/geo/details';
import { events as geoEvents } from '../../../src/data/packs/geo/events';
import { withEvidence } from '../../../src/data/with-evidence';

/** A pack with everything it loads later already in: what the data tests check, pack by pack. */
export interface LoadedPack {
  id: string;
  dataset: FocusDataset;
  details: FocusDetails;
  events: readonly TimelineEvent[];
  /** Each partner as its panel shows it: evidence looked up, details joined (throws if details are missing). */
  partners: Partner[];
}

function loaded(dataset: FocusDataset, details: FocusDetails, events: readonly TimelineEvent[]): LoadedPack {
  const extra = Object.keys(details.partners).filter((id) => !dataset.partners.some((p) => p.id === id));
  if (extra.length > 0) throw new Error(`${dataset.focus.id}: partner details without an entry: ${extra.join(', ')}`);
  const partners = dataset.partners.map((core) => {
    const d = details.partners[core.id];
    if (!d) throw new Error(`${dataset.focus.id}: partner ${core.id} has no details`);
    return withEvidence(core, d, details.evidence);
  });
  return { id: dataset.focus.id, dataset, details, events, partners };
}

/** Every pack in the registry (tests/unit/data/packs.test.ts checks that none is left out). */
export const LOADED_PACKS: readonly LoadedPack[] = [loaded(aze.dataset, azeDetails, azeEvents), loaded(geo.dataset, geoDetails, geoEvents)];

export function loadedPack(id: string): LoadedPack {
  const found = LOADED_PACKS.find((p) => p.id === id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

/** For it.each / describe.each: [id, pack] rows. */
export const packRows = LOADED_PACKS.map((p) => [p.id, p] as const);
