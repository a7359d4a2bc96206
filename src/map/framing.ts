import type { FitBoundsOptions, LatLngBoundsExpression } from 'leaflet';

/**
 * Where the map frames things, and what it keeps clear when it does: the one place the first
 * map (base-map.ts), the camera (CameraSync) and the app's layout read these from.
 */

/** Europe, the Caucasus, the Caspian and Central Asia: the first view on a wide screen. */
export const DEFAULT_BOUNDS: LatLngBoundsExpression = [
  [34, -2],
  [58, 76],
];
/** On a phone held upright: the region around the focus country, from the Black Sea to the Caspian. */
export const PHONE_DEFAULT_BOUNDS: LatLngBoundsExpression = [
  [37.5, 40],
  [43.5, 51],
];
/** The layers box's width on wide screens (app.css), kept clear when the map frames something. */
export const CONTROLS_WIDTH_PX = 290;
/** From this map width the layers box floats over the map, and fits keep clear of it. */
const WIDE_MAP_PX = 800;
/** Up to this page width the panel is a bottom sheet over the map (app.css). */
const PHONE_MAX_PX = 700;
/** The share of the map's height the bottom sheet takes on a phone (app.css, `.panel` height). */
export const SHEET_SHARE = 0.55;
const EDGE_PX = 16;

/** On a phone the layers box starts folded, so that the map is seen first. */
export const controlsOpenAtStart = (): boolean => window.matchMedia(`(min-width: ${WIDE_MAP_PX}px)`).matches;
/** Whether the panel is a bottom sheet over the map (a phone) rather than a column beside it. */
export const isSheetLayout = (): boolean => window.matchMedia(`(max-width: ${PHONE_MAX_PX}px)`).matches;
export const defaultBounds = (): LatLngBoundsExpression => (isSheetLayout() ? PHONE_DEFAULT_BOUNDS : DEFAULT_BOUNDS);

export interface FrameInsets {
  /** Width of the map covered on the right by the layers box, on wide maps only. */
  controlsRight: number;
  /** Whether a bottom sheet covers the lower part of the map. */
  sheetOpen: boolean;
}

/**
 * The padding for framing bounds in a map of this size: clear of the layers box when it is
 * open on a wide map, and of the bottom sheet when one is open (it covers SHEET_SHARE of the
 * map's height), so that what is framed is what the reader can see.
 */
export function fitPadding(map: { width: number; height: number }, insets: FrameInsets): FitBoundsOptions {
  const right = map.width >= WIDE_MAP_PX ? insets.controlsRight : 0;
  const bottom = insets.sheetOpen ? Math.round(map.height * SHEET_SHARE) : 0;
  return { paddingTopLeft: [EDGE_PX, EDGE_PX], paddingBottomRight: [right + EDGE_PX, bottom + EDGE_PX] };
}
