import { DomEvent, type GeoJSON as LeafletGeoJSON, type Layer, type LeafletEventHandlerFn, type Path, type SVG } from 'leaflet';

/**
 * The only place that touches Leaflet's private API (names starting with `_`), so that an
 * upgrade that renames one breaks here, loudly, and nowhere else. tests/unit/map/leaflet-internals
 * checks that each still exists on Leaflet as installed.
 */

/** A shape's SVG element and the hook that makes it take the layer's events. */
export type DrawnPath = Path & { _path: SVGPathElement; addInteractiveTarget(el: Element): void };

/** What the SVG renderer keeps privately: its root group, made by `_initContainer`. */
export interface SvgRendererInternals {
  _rootGroup: SVGGElement | undefined;
  _initContainer(): void;
}

/** The names of Leaflet's private members that this app relies on, for the test. */
export const PRIVATE_MEMBERS = {
  svgRenderer: ['_initContainer', '_addPath'],
  layer: ['_openTooltip'],
} as const;

/** The SVG renderer's root group, made if it is not there yet. */
export function svgRootGroup(renderer: SVG): SVGGElement {
  const internals = renderer as unknown as SvgRendererInternals;
  if (!internals._rootGroup) internals._initContainer();
  return internals._rootGroup as SVGGElement;
}

/** The element a drawn shape is, as the renderer made it. */
export const pathElement = (layer: Path): SVGPathElement => (layer as DrawnPath)._path;

/**
 * Leaflet opens a layer's tooltip on click too, for touch screens; where a click opens a panel,
 * which says more, re-placing the tooltip only slows the click down.
 */
export function stopTooltipOnClick(layer: LeafletGeoJSON): void {
  const open = (layer as LeafletGeoJSON & { _openTooltip: LeafletEventHandlerFn })._openTooltip;
  layer.off('click', open, layer);
}

/**
 * Leaflet (1.9) opens a shape's tooltip when its element takes focus, and the focus and blur
 * listeners it adds for that make Chromium treat the SVG element as focusable: it becomes a Tab
 * stop, and a click on it moves focus there, opens the tooltip again and blurs it, all before the
 * click can open a panel. The shapes are reached by the list view, not by focus, so those
 * listeners go (from a group's shapes too); DomEvent.off with no handler removes all of a type.
 */
export function dropFocusTooltips(layer: Layer): void {
  const el = 'getElement' in layer && typeof layer.getElement === 'function' ? (layer.getElement() as Element | undefined) : undefined;
  const offAll = DomEvent.off as unknown as (el: Element, types: string) => void;
  if (el instanceof SVGElement) offAll(el, 'focus blur');
  if ('eachLayer' in layer && typeof layer.eachLayer === 'function') (layer as LeafletGeoJSON).eachLayer(dropFocusTooltips);
}
