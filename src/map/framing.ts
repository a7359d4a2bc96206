import type { FitBoundsOptions, LatLngBoundsExpression } from 'leaflet';

/**
 * Where the map frames things, and what it keeps clear when it does: the one place the first
 * map (base-map.ts), the camera (CameraSync) and the app's layout read these from.
 */

/** Europe, the Caucasus, the Caspian and Central Asia: the first view. */
export const DEFAULT_BOUNDS: LatLngBoundsExpression = [
  [34, -2],
  [58, 76],
];
/** The layers box's width on wide screens (app.css), kept clear when the map frames something. */
export const CONTROLS_WIDTH_PX = 290;
/** From this map width the layers box floats over the map, and fits keep clear of it. */
const WIDE_MAP_PX = 800;

/** On a phone the layers box starts folded, so that the map is seen first. */
export const controlsOpenAtStart = (): boolean => window.matchMedia(`(min-width: ${WIDE_MAP_PX}px)`).matches;

/** The padding for framing bounds, keeping clear of the layers box when it is open on a wide map. */
export function fitPadding(mapWidth: number, insetRight: number): FitBoundsOptions {
  const right = mapWidth >= WIDE_MAP_PX ? insetRight : 0;
  return { paddingTopLeft: [16, 16], paddingBottomRight: [right + 16, 16] };
}
