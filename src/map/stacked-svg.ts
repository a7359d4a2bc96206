import { SVG, type Path } from 'leaflet';

/** The groups of the map's shapes, in drawing order from the bottom up. */
export const STACK = ['countries', 'links', 'places', 'route-halos', 'routes'] as const;
export type StackLevel = (typeof STACK)[number];

declare module 'leaflet' {
  interface PathOptions {
    /** The group of the map's one SVG that the shape is drawn in (stacked-svg.ts); routes by default. */
    stack?: StackLevel;
  }
  interface GeoJSONOptions {
    stack?: StackLevel;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
type DrawnPath = Path & { _path: SVGPathElement; addInteractiveTarget(el: Element): void };

/**
 * One SVG for all the map's shapes, with a group per level of STACK, so that each kind of shape
 * stays above the one below whatever order they are added in. A pane per kind would give each
 * its own SVG, and each is one more screen-sized layer for the browser to scale on every frame
 * of a zoom: with countries, links and routes on, that cost frames on a phone-class CPU.
 * It overrides one method of Leaflet's SVG renderer, where a shape's element is attached.
 */
export class StackedSvg extends SVG {
  declare private _rootGroup: SVGGElement | undefined;
  declare private _initContainer: () => void;

  _addPath(layer: DrawnPath) {
    if (!this._rootGroup) this._initContainer();
    this.groupFor(layer.options.stack ?? 'routes').appendChild(layer._path);
    layer.addInteractiveTarget(layer._path);
  }

  private groupFor(level: StackLevel): Element {
    const root = this._rootGroup as SVGGElement;
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
