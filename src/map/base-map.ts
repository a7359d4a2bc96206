import { map as leafletMap, type Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FocusDataset } from '../data/schema';
import type { ViewState } from '../state/view-state';
import { CONTROLS_WIDTH_PX, controlsOpenAtStart, defaultBounds, fitPadding } from './framing';
import { StackedSvg } from './stacked-svg';
import './map.css';

const ATTRIBUTION =
  'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), UN-recognised borders · routes approximate';

/**
 * The Leaflet map, made before React starts so that the countries can be drawn as soon as the
 * geometry is in, as a bare Leaflet page would (boot/). It is made in a frame where the app's
 * map area will be (app.css: the header has a fixed height), in the view the link asks for; the
 * app then moves the map into its layout (WorldMap) and takes over its layers.
 */
export function createBaseMap(state: ViewState, zoom: { min: number; max: number }, views: FocusDataset['views']): LeafletMap {
  document.documentElement.classList.toggle('embed', state.embed);
  const frame = document.createElement('div');
  frame.className = 'boot-frame';
  const container = document.createElement('div');
  container.className = 'world-map';
  frame.append(container);
  document.body.append(frame);

  const map = leafletMap(container, {
    renderer: new StackedSvg(),
    minZoom: zoom.min,
    maxZoom: zoom.max,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    worldCopyJump: true,
    maxBounds: [
      [-85, -400],
      [85, 400],
    ],
    zoomControl: false,
  });
  // The credit is set with the map, in its final wording, so that it does not grow (and shift)
  // when the app starts.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(ATTRIBUTION);
  if (state.map) map.setView([state.map.lat, state.map.lng], state.map.zoom);
  else {
    const box = { width: container.clientWidth, height: container.clientHeight };
    const insets = { controlsRight: controlsOpenAtStart() && !state.embed ? CONTROLS_WIDTH_PX : 0, sheetOpen: false };
    map.fitBounds(defaultBounds(views), fitPadding(box, insets));
  }
  return map;
}
