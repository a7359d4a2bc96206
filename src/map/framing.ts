import type { FitBoundsOptions } from 'leaflet';
import type { FocusDataset, MapBounds } from '../data/schema';

/**
 * Where the map frames things, and what it keeps clear when it does: the one place the first
 * map (base-map.ts), the camera (CameraSync) and the app's layout read these from.
 */

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
/** The focus country's first view for this screen: its phone view on a phone, else its wide one. */
export const defaultBounds = (views: FocusDataset['views']): MapBounds => (isSheetLayout() ? views.phone : views.wide);

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
