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

describe('dropFocusTooltips', () => {
  it('takes away the focus listeners Leaflet adds for tooltips, from a group’s shapes too', async () => {
    const { map, polygon, featureGroup } = await import('leaflet');
    const { dropFocusTooltips } = await import('../../../src/map/leaflet-internals');
    const el = document.createElement('div');
    document.body.append(el);
    const m = map(el, { renderer: new SVG() }).setView([0, 0], 2);
    const shape = polygon([
      [0, 0],
      [0, 10],
      [10, 10],
    ]);
    const group = featureGroup([shape]).addTo(m);
    group.bindTooltip('A shape');
    const path = shape.getElement() as SVGElement;
    // Leaflet as installed still opens the tooltip on focus: otherwise this helper is moot.
    path.dispatchEvent(new FocusEvent('focus'));
    expect(group.isTooltipOpen()).toBe(true);
    group.closeTooltip();
    dropFocusTooltips(group);
    path.dispatchEvent(new FocusEvent('focus'));
    expect(group.isTooltipOpen()).toBe(false);
    m.remove();
  });
});
