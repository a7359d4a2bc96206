import type { Map as LeafletMap } from 'leaflet';
import { azerbaijanPack } from '../data/azerbaijan';
import { COUNTRY_NAMES } from '../data/country-names';
import { settling, type Settling } from '../lib/settling';
import { createBaseMap } from '../map/base-map';
import { countryStyle } from '../map/country-style';
import { drawCountries, type DrawnCountries } from '../map/draw-countries';
import { deriveFocusContext, type FocusContext, ZOOM_RANGE } from '../state/focus-context';
import { type GeometryState, loadGeometryState } from '../state/geometry-load';
import { countryRoles } from '../state/country-roles';
import { resolveSelection } from '../state/selection';
import { type ParsedHash, parseHash, warnInvalidKeys } from '../state/url-codec';

/** Everything start-up knows, handed to the app in one piece (main.tsx → mountApp → App). */
export interface Boot {
  /** The Leaflet map, made before React in the view the link asks for. */
  map: LeafletMap;
  focus: FocusContext;
  /** The hash the page opened with, parsed once (what it ignored was reported then). */
  initialHash: ParsedHash;
  /** The page's first geometry load. */
  geometry: Settling<GeometryState>;
  /** The countries drawn before React started, for the app to take over; null if none were. */
  drawnCountries: DrawnCountries | null;
}

/**
 * Starts the page: parses the link, makes the map and starts the geometry download, and draws
 * the countries as soon as they are in, as a bare Leaflet page would. Resolves with the Boot
 * once they are drawn or `waitMs` has passed, whichever is first: from then on the app draws.
 */
export function startBoot(waitMs: number): Promise<Boot> {
  const focus = deriveFocusContext(azerbaijanPack, COUNTRY_NAMES, new Date());
  const initialHash = parseHash(window.location.hash, focus.catalog);
  warnInvalidKeys(initialHash.invalid);
  const { state } = initialHash;
  const map = createBaseMap(state, ZOOM_RANGE);
  const geometry = settling(loadGeometryState(import.meta.env.BASE_URL));
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
    return { map, focus, initialHash, geometry, drawnCountries };
  });
}
