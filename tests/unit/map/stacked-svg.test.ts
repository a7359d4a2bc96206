// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { map as leafletMap, polyline, type Map as LeafletMap, type Polyline } from 'leaflet';
import { STACK, StackedSvg, type StackLevel } from '../../../src/map/stacked-svg';

let map: LeafletMap | null = null;
afterEach(() => {
  map?.remove();
  map = null;
  document.body.replaceChildren();
});

function setUp() {
  const container = document.createElement('div');
  document.body.append(container);
  const renderer = new StackedSvg();
  map = leafletMap(container, { renderer }).setView([40, 45], 5);
  return map;
}

const line = (stack: StackLevel, className: string): Polyline =>
  polyline(
    [
      [40, 45],
      [41, 46],
    ],
    { stack, className },
  );
/** The class of every drawn path, in document (drawing) order. */
const drawnOrder = () =>
  [...document.querySelectorAll('.leaflet-overlay-pane svg path')].map((p) => p.getAttribute('class')?.split(' ')[0]);

describe('StackedSvg', () => {
  it('draws every shape in one SVG, grouped bottom-up in STACK order', () => {
    const m = setUp();
    line('routes', 'a-route').addTo(m);
    line('links', 'a-link').addTo(m);
    line('countries', 'a-country').addTo(m);
    expect(document.querySelectorAll('.leaflet-pane svg')).toHaveLength(1);
    expect([...document.querySelectorAll('svg g[data-stack]')].map((g) => g.getAttribute('data-stack'))).toEqual([...STACK]);
    expect(drawnOrder()).toEqual(['a-country', 'a-link', 'a-route']);
  });

  it('keeps the order when shapes come and go in any sequence', () => {
    const m = setUp();
    const route = line('routes', 'route').addTo(m);
    const link = line('links', 'link').addTo(m);
    link.remove();
    line('links', 'link-again').addTo(m);
    line('route-halos', 'halo').addTo(m);
    line('places', 'place').addTo(m);
    route.bringToBack();
    expect(drawnOrder()).toEqual(['link-again', 'place', 'halo', 'route']);
  });

  it('puts a shape with no level on top, with the routes', () => {
    const m = setUp();
    polyline(
      [
        [40, 45],
        [41, 46],
      ],
      { className: 'plain' },
    ).addTo(m);
    line('countries', 'country').addTo(m);
    expect(drawnOrder()).toEqual(['country', 'plain']);
  });
});
