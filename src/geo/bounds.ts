import { coordEach } from '@turf/meta';
import type { Feature } from 'geojson';

export type Bounds = [[south: number, west: number], [north: number, east: number]];

/**
 * The bounds of some features, [[south, west], [north, east]], or null when there are none.
 * Shapes that straddle the antimeridian (Russia, Fiji) get the narrower of the plain box and the
 * box with western longitudes shifted by 360°, so a fit does not zoom out to the whole world.
 */
export function boundsOf(features: readonly Feature[]): Bounds | null {
  let south = Infinity;
  let north = -Infinity;
  let west = Infinity;
  let east = -Infinity;
  let westShifted = Infinity;
  let eastShifted = -Infinity;
  for (const f of features) {
    coordEach(f, ([x = 0, y = 0]) => {
      const shifted = x < 0 ? x + 360 : x;
      south = Math.min(south, y);
      north = Math.max(north, y);
      west = Math.min(west, x);
      east = Math.max(east, x);
      westShifted = Math.min(westShifted, shifted);
      eastShifted = Math.max(eastShifted, shifted);
    });
  }
  if (!Number.isFinite(south)) return null;
  if (eastShifted - westShifted < east - west)
    return [
      [south, westShifted],
      [north, eastShifted],
    ];
  return [
    [south, west],
    [north, east],
  ];
}
