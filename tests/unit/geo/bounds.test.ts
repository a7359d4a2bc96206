import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { boundsOf } from '../../../src/geo/bounds';

const ring = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];
const square = (x0: number, y0: number, x1: number, y1: number): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: ring(x0, y0, x1, y1) },
});

describe('boundsOf', () => {
  it('is null for nothing', () => {
    expect(boundsOf([])).toBeNull();
  });

  it('covers several features', () => {
    expect(boundsOf([square(44, 38, 46, 41), square(49, 40, 50, 42)])).toEqual([
      [38, 44],
      [42, 50],
    ]);
  });

  it('keeps a shape that straddles the antimeridian narrow', () => {
    const fiji: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [ring(177, -19, 180, -16), ring(-180, -17, -179, -16)] },
    };
    expect(boundsOf([fiji])).toEqual([
      [-19, 177],
      [-16, 181],
    ]);
  });
});
