// @vitest-environment jsdom
import { GeoJSON, Layer, SVG } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { PRIVATE_MEMBERS } from '../../../src/map/leaflet-internals';

// If a Leaflet upgrade renames one of the private members the map relies on, this fails here,
// loudly, instead of the map silently drawing shapes in the wrong order or re-placing tooltips.
describe('the Leaflet private API the app relies on still exists', () => {
  it.each(PRIVATE_MEMBERS.svgRenderer)('SVG renderer: %s', (name) => {
    expect(typeof (SVG.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
  });

  it.each(PRIVATE_MEMBERS.layer)('layers (a GeoJSON layer group): %s', (name) => {
    expect(typeof (GeoJSON.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
    expect(typeof (Layer.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
  });

  it('a renderer made without a map has no root group until _initContainer makes one', () => {
    const renderer = new SVG() as unknown as { _rootGroup?: SVGGElement; _initContainer(): void };
    expect(renderer._rootGroup).toBeUndefined();
    renderer._initContainer();
    expect(renderer._rootGroup).toBeInstanceOf(SVGGElement);
  });
});
