import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, MultiLineString, Polygon, Position } from 'geojson';
import { NO_COUNTRY, countryPieces, estimateSplit, lengthByCountry, lengthKm } from '../../../src/geo/route-lengths';

// Two unit squares side by side near the equator, sharing the border x = 1; the rest is "sea".
function square(id: string, west: number): Feature<Polygon> {
  const ring: Position[] = [
    [west, 0],
    [west + 1, 0],
    [west + 1, 1],
    [west, 1],
    [west, 0],
  ];
  return { type: 'Feature', id, properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}
const countries: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [square('AAA', 0), square('BBB', 1)] };

const line = (...coords: Position[]): Feature<LineString> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates: coords },
});
const km = (...coords: Position[]) => lengthKm(line(...coords));

describe('lengthKm', () => {
  it('measures a degree of longitude on the equator as about 111 km', () => {
    expect(km([0, 0], [1, 0])).toBeCloseTo(111.2, 0);
  });
});

describe('lengthByCountry', () => {
  it('splits a line that crosses from one square into the next at the shared border', () => {
    const result = lengthByCountry(line([0.5, 0.5], [1.5, 0.5]), countries);
    expect(Object.keys(result).sort()).toEqual(['AAA', 'BBB']);
    expect(result.AAA).toBeCloseTo(km([0.5, 0.5], [1, 0.5]), 6);
    expect(result.BBB).toBeCloseTo(km([1, 0.5], [1.5, 0.5]), 6);
  });

  it('keeps a line that only touches the border in the country it never leaves', () => {
    const touching = line([0.5, 0.2], [1, 0.5], [0.5, 0.8]);
    expect(lengthByCountry(touching, countries)).toEqual({ AAA: lengthKm(touching) });
  });

  it('files a stretch running exactly along the border under one country, so nothing is counted twice', () => {
    const along = line([1, 0.2], [1, 0.8]);
    const result = lengthByCountry(along, countries);
    expect(Object.keys(result)).toHaveLength(1);
    expect(Object.values(result)[0]).toBeCloseTo(lengthKm(along), 6);
  });

  it('adds up the parts of a MultiLineString', () => {
    const multi: Feature<MultiLineString> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [0.2, 0.5],
            [0.8, 0.5],
          ],
          [
            [1.2, 0.5],
            [1.4, 0.5],
          ],
        ],
      },
    };
    const result = lengthByCountry(multi, countries);
    expect(result.AAA).toBeCloseTo(km([0.2, 0.5], [0.8, 0.5]), 6);
    expect(result.BBB).toBeCloseTo(km([1.2, 0.5], [1.4, 0.5]), 6);
  });

  it('puts the part over sea under NO_COUNTRY and the parts still add up to the whole', () => {
    const toSea = line([0.5, 0.5], [3, 0.5]);
    const result = lengthByCountry(toSea, countries);
    expect(result[NO_COUNTRY]).toBeCloseTo(km([2, 0.5], [3, 0.5]), 6);
    // Cutting a lon/lat-straight segment changes its geodesic length by millimetres, no more.
    expect(Object.values(result).reduce((a, b) => a + b, 0)).toBeCloseTo(lengthKm(toSea), 3);
  });
});

describe('countryPieces', () => {
  it('lists the stays in each country in the order the line makes them', () => {
    const outAndBack = line([0.5, 0.5], [1.5, 0.5], [2.5, 0.5], [1.5, 0.7], [0.5, 0.7]);
    expect(countryPieces(outAndBack, countries).map((p) => p.country)).toEqual(['AAA', 'BBB', NO_COUNTRY, 'BBB', 'AAA']);
  });
});

describe('estimateSplit', () => {
  it('applies the drawn shares, sea included, to the official total', () => {
    expect(estimateSplit(100, { AAA: 10, BBB: 30, [NO_COUNTRY]: 10 })).toEqual({ AAA: 20, BBB: 60, [NO_COUNTRY]: 20 });
  });

  it('gives nothing when nothing was drawn', () => {
    expect(estimateSplit(100, {})).toEqual({});
    expect(estimateSplit(100, { AAA: 0 })).toEqual({});
  });
});
