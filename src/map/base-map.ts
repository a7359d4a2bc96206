import { map as leafletMap, type FitBoundsOptions, type LatLngBoundsExpression, type Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { startGeometryLoad } from '../state/geometry-load';
import { countryRoles, resolveSelection } from '../state/map-model';
import { parseHash } from '../state/url-codec';
import { catalog, dataset, index, knownCountry, ZOOM_RANGE } from '../state/focus';
import { drawCountriesEarly } from './draw-countries';
import { StackedSvg } from './stacked-svg';
import { countryStyle } from './styles';
import './map.css';

/** Europe, the Caucasus, the Caspian and Central Asia: the first view. */
export const DEFAULT_BOUNDS: LatLngBoundsExpression = [
  [34, -2],
  [58, 76],
];
const ATTRIBUTION =
  'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), UN-recognised borders · routes approximate';
/** The layers box's width on wide screens (app.css), kept clear when the map frames something. */
export const CONTROLS_WIDTH_PX = 290;
const WIDE = 800;
// On a phone the layers box starts folded, so the map is seen first.
export const controlsOpenAtStart = window.matchMedia('(min-width: 800px)').matches;

/** The padding for framing bounds, keeping clear of the layers box when it is open on a wide map. */
export function fitPadding(mapWidth: number, insetRight: number): FitBoundsOptions {
  const right = mapWidth >= WIDE ? insetRight : 0;
  return { paddingTopLeft: [16, 16], paddingBottomRight: [right + 16, 16] };
}

export interface BaseMap {
  map: LeafletMap;
  /** Settles once the countries are drawn, or the geometry failed to load. */
  drawn: Promise<void>;
  /** From now on the app draws the countries, when the geometry arrives. */
  handOver: () => void;
}

/**
 * The Leaflet map, made before React starts so that the countries are drawn as soon as the
 * geometry is in, as a bare Leaflet page would. It is drawn in a frame where the app's map area
 * will be (app.css: the header has a fixed height), in the view and the colours the link asks
 * for; the app then moves the map into its layout (WorldMap) and takes over the countries.
 */
export function createBaseMap(): BaseMap {
  const { state } = parseHash(window.location.hash, catalog);
  document.documentElement.classList.toggle('embed', state.embed);
  const frame = document.createElement('div');
  frame.className = 'boot-frame';
  const container = document.createElement('div');
  container.className = 'world-map';
  frame.append(container);
  document.body.append(frame);

  const map = leafletMap(container, {
    renderer: new StackedSvg(),
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
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
  else map.fitBounds(DEFAULT_BOUNDS, fitPadding(container.clientWidth, controlsOpenAtStart && !state.embed ? CONTROLS_WIDTH_PX : 0));

  let handedOver = false;
  const roles = countryRoles(dataset, index, state.year, resolveSelection(state.sel, dataset, index, knownCountry));
  const drawn = startGeometryLoad().then((geometry) => {
    if (handedOver || geometry.status !== 'ready') return;
    drawCountriesEarly(map, geometry.geometry.countries, (id) => countryStyle(roles(id)));
  });
  return {
    map,
    drawn,
    handOver: () => {
      handedOver = true;
    },
  };
}
