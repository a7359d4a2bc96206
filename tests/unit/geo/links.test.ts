import { describe, expect, it } from 'vitest';
import { buildLink, unwrapLongitudes } from '../../../src/geo/links';

const BAKU = [49.87, 40.38];
const ANKARA = [32.87, 39.93];

function maxStep(coords: number[][]): number {
  let max = 0;
  for (let i = 1; i < coords.length; i++) max = Math.max(max, Math.abs(coords[i]![0]! - coords[i - 1]![0]!));
  return max;
}

describe('buildLink', () => {
  it('draws an arc from Baku to Ankara that starts and ends at the two capitals', () => {
    const link = buildLink(BAKU, ANKARA, { id: 'TUR' })!;
    const c = link.geometry.coordinates;
    expect(link.properties).toEqual({ id: 'TUR' });
    expect(c[0]![0]).toBeCloseTo(BAKU[0]!, 5);
    expect(c[0]![1]).toBeCloseTo(BAKU[1]!, 5);
    expect(c.at(-1)![0]).toBeCloseTo(ANKARA[0]!, 5);
    expect(c.length).toBeGreaterThan(10);
  });

  it('bends north of the straight line, as a great circle does in the northern hemisphere', () => {
    const c = buildLink(BAKU, [-77.0, 38.88], {})!.geometry.coordinates;
    const maxLat = Math.max(...c.map((p) => p[1]!));
    expect(maxLat).toBeGreaterThan(50);
  });

  it('keeps a link across the antimeridian continuous instead of splitting it', () => {
    const tokyoToLA = buildLink([139.7, 35.7], [-118.2, 34.0], {})!;
    const c = tokyoToLA.geometry.coordinates;
    expect(tokyoToLA.geometry.type).toBe('LineString');
    expect(maxStep(c)).toBeLessThan(20);
    expect(c.at(-1)![0]).toBeCloseTo(-118.2 + 360, 3);
  });

  it('returns null for identical endpoints', () => {
    expect(buildLink(BAKU, BAKU, {})).toBeNull();
  });
});

describe('unwrapLongitudes', () => {
  it('joins the two halves turf returns at ±180', () => {
    const joined = unwrapLongitudes([
      [
        [170, 0],
        [180, 1],
      ],
      [
        [-180, 1],
        [-170, 2],
      ],
    ]);
    expect(joined).toEqual([
      [170, 0],
      [180, 1],
      [190, 2],
    ]);
  });
});
