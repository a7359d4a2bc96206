import { SVG } from 'leaflet';
import { type DrawnPath, pathElement, svgRootGroup } from './leaflet-internals';

/** The groups of the map's shapes, in drawing order from the bottom up. */
export const STACK = ['countries', 'links', 'places', 'route-halos', 'routes'] as const;
export type StackLevel = (typeof STACK)[number];

declare module 'leaflet' {
  interface PathOptions {
    /** The group of the map's one SVG that the shape is drawn in (stacked-svg.ts); routes by default. */
    stack?: StackLevel;
    /** The route a line belongs to (RoutesLayer), so that one click handler serves them all. */
    routeId?: string;
  }
  interface GeoJSONOptions {
    stack?: StackLevel;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * One SVG for all the map's shapes, with a group per level of STACK, so that each kind of shape
 * stays above the one below whatever order they are added in. A pane per kind would give each
 * its own SVG, and each is one more screen-sized layer for the browser to scale on every frame
 * of a zoom: with countries, links and routes on, that cost frames on a phone-class CPU.
 * It overrides one (private) method of Leaflet's SVG renderer, where a shape's element is
 * attached (see leaflet-internals.ts).
 */
export class StackedSvg extends SVG {
  _addPath(layer: DrawnPath) {
    const path = pathElement(layer);
    this.groupFor(layer.options.stack ?? 'routes').appendChild(path);
    layer.addInteractiveTarget(path);
  }

  private groupFor(level: StackLevel): Element {
    const root = svgRootGroup(this);
    if (!root.firstElementChild) {
      for (const name of STACK) {
        const group = document.createElementNS(SVG_NS, 'g');
        group.setAttribute('data-stack', name);
        root.append(group);
      }
    }
    return root.children[STACK.indexOf(level)] as Element;
  }
}
