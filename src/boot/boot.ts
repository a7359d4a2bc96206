import type { Map as LeafletMap } from 'leaflet';
import { COUNTRY_NAMES } from '../data/country-names';
import { PACKS, type PackEntry } from '../data/packs/registry';
import { settling, type Settling } from '../lib/settling';
import { createBaseMap } from '../map/base-map';
import { countryStyle } from '../map/country-style';
import { drawCountries, type DrawnCountries } from '../map/draw-countries';
import { deriveFocusContext, type FocusContext, ZOOM_RANGE } from '../state/focus-context';
import { type GeometryState, loadGeometryState } from '../state/geometry-load';
import { countryRoles } from '../state/country-roles';
import { resolveSelection } from '../state/selection';
import { focusInHash, type ParsedHash, parseHash, warnInvalidKeys } from '../state/url-codec';

/** Everything start-up knows, handed to the app in one piece (main.tsx → mountApp → App). */
export interface Boot {
  /** The Leaflet map, made before React in the view the link asks for. */
  map: LeafletMap;
  /** The focus countries there are packs for; the first is the default. */
  packs: readonly PackEntry[];
  focus: FocusContext;
  /** The hash the page opened with, parsed once (what it ignored was reported then). */
  initialHash: ParsedHash;
  /** The page's first geometry load. */
  geometry: Settling<GeometryState>;
  /** The countries drawn before React started, for the app to take over; null if none were. */
  drawnCountries: DrawnCountries | null;
}

/** The pack a link asks for (`focus`), or the default one, loaded and derived. */
export async function loadFocus(hash: string, packs: readonly PackEntry[]): Promise<FocusContext> {
  const ids = packs.map((p) => p.id);
  const wanted = focusInHash(hash, ids);
  const entry = packs.find((p) => p.id === wanted) ?? packs[0];
  if (!entry) throw new Error('No focus country packs');
  return deriveFocusContext(await entry.load(), COUNTRY_NAMES, ids, new Date());
}

/**
 * Starts the page: starts the geometry download, loads the focus country's pack (its own small
 * chunk), parses the link, makes the map and draws the countries as soon as they are in, as a
 * bare Leaflet page would. Resolves with the Boot once they are drawn or `waitMs` has passed,
 * whichever is first: from then on the app draws.
 */
export async function startBoot(waitMs: number, packs: readonly PackEntry[] = PACKS): Promise<Boot> {
  const geometry = settling(loadGeometryState(import.meta.env.BASE_URL));
  const focus = await loadFocus(window.location.hash, packs);
  const initialHash = parseHash(window.location.hash, focus.catalog);
  warnInvalidKeys(initialHash.invalid);
  const { state } = initialHash;
  const map = createBaseMap(state, ZOOM_RANGE, focus.dataset.views);
  const roles = countryRoles(
    focus.dataset,
    focus.index,
    state.year,
    resolveSelection(state.sel, focus.dataset, focus.index, focus.knownCountry),
  );

  // Once the app has started, it draws the countries itself: a late download is not drawn here.
  let handedOver = false;
  const drawn = geometry.promise.then((g) =>
    handedOver || g.status !== 'ready' ? null : drawCountries(map, g.geometry.countries, (id) => countryStyle(roles(id))),
  );
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs));
  return Promise.race([drawn, late]).then((drawnCountries) => {
    handedOver = true;
    return { map, packs, focus, initialHash, geometry, drawnCountries };
  });
}
