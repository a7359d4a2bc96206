import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { GeometryError, parseCountries, parseRoutes } from '../../../src/data/load-geometry';
import { COUNTRY_NAMES } from '../../../src/data/country-names';
import { rawCountriesJson, realCountries } from '../geo-fixtures';

const countries = realCountries();
const byId = new Map(countries.features.map((f) => [f.id, f]));

function countryAt(lat: number, lng: number): string[] {
  return countries.features.filter((f) => booleanPointInPolygon([lng, lat], f)).map((f) => f.id);
}

describe('the committed country geometry', () => {
  it('passes the loader with an ISO alpha-3 id on every feature, each with a display name', () => {
    expect(countries.features.length).toBeGreaterThan(200);
    for (const f of countries.features) {
      expect(f.id).toMatch(/^[A-Z]{3}$/);
      expect(COUNTRY_NAMES[f.id]?.length).toBeGreaterThan(1);
    }
    expect(Object.keys(COUNTRY_NAMES).sort()).toEqual(countries.features.map((f) => f.id).sort());
  });

  it.each([
    ['Baku', 40.3777, 49.892, 'AZE'],
    ['the Sangachal terminal', 40.18, 49.47, 'AZE'],
    ['Nakhchivan city (the exclave)', 39.2089, 45.4122, 'AZE'],
    ['Ordubad (the exclave, next to Armenia)', 38.9047, 46.0236, 'AZE'],
    ['Sumgait (Absheron coast)', 40.5897, 49.6686, 'AZE'],
    ['the Ceyhan terminal', 36.88, 35.93, 'TUR'],
    ['Yerevan', 40.1792, 44.4991, 'ARM'],
    ['Tbilisi', 41.7151, 44.8271, 'GEO'],
    ['Sukhumi (Abkhazia, within Georgia)', 43.0015, 41.0234, 'GEO'],
    ['Tskhinvali (South Ossetia, within Georgia)', 42.2276, 43.9686, 'GEO'],
    ['Simferopol (Crimea, within Ukraine)', 44.9521, 34.1024, 'UKR'],
    ['Khankendi (Karabakh, within Azerbaijan)', 39.8153, 46.7519, 'AZE'],
    ['Kyrenia (northern Cyprus, within Cyprus)', 35.3364, 33.3182, 'CYP'],
  ])('puts %s in %s', (_name, lat, lng, iso) => {
    expect(countryAt(lat, lng)).toEqual([iso]);
  });

  it('leaves the Caspian as water', () => {
    expect(countryAt(41.0, 51.0)).toEqual([]);
  });

  it('gives Kosovo the code XKK, and countries the names they use today', () => {
    expect(byId.has('XKK')).toBe(true);
    expect(COUNTRY_NAMES.TUR).toBe('Türkiye');
    expect(COUNTRY_NAMES.CZE).toBe('Czechia');
    expect(COUNTRY_NAMES.MKD).toBe('North Macedonia');
  });
});

describe('parseCountries rejects broken input with a clear error', () => {
  const valid = rawCountriesJson();
  const geometries = () => structuredClone((valid.objects as { countries: { geometries: object[] } }).countries.geometries);
  const withGeometries = (gs: object[]) => ({ ...valid, objects: { countries: { type: 'GeometryCollection', geometries: gs } } });

  it.each([
    ['null', null, /not a TopoJSON topology/],
    ['an array', [], /not a TopoJSON topology/],
    ['GeoJSON instead of TopoJSON', { type: 'FeatureCollection', features: [] }, /not a TopoJSON topology/],
    ['no countries object', { ...valid, objects: {} }, /no "countries" object/],
    ['no arcs', { ...valid, arcs: undefined }, /no arcs/],
  ])('%s', (_name, input, message) => {
    expect(() => parseCountries(input)).toThrow(GeometryError);
    expect(() => parseCountries(input)).toThrow(message);
  });

  it('a feature without an id', () => {
    const gs = geometries();
    delete (gs[3] as { id?: string }).id;
    expect(() => parseCountries(withGeometries(gs))).toThrow(/geometry 3 has no ISO alpha-3 id/);
  });

  it('a duplicated id', () => {
    const gs = geometries();
    gs.push(gs[0]!);
    expect(() => parseCountries(withGeometries(gs))).toThrow(/appears twice/);
  });

  it('a line where a polygon belongs', () => {
    const gs = geometries();
    (gs[0] as { type: string }).type = 'LineString';
    expect(() => parseCountries(withGeometries(gs))).toThrow(/not a polygon/);
  });
});

describe('parseRoutes', () => {
  const line = (routeId: unknown, coordinates: unknown, status: unknown = 'built') => ({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { routeId, status, segment: 's', from: 'a', to: 'b' }, geometry: { type: 'LineString', coordinates } },
    ],
  });

  it('accepts a well-formed route', () => {
    expect(
      parseRoutes(
        line('btc', [
          [49.4, 40.2],
          [44.8, 41.7],
        ]),
      ).features,
    ).toHaveLength(1);
  });

  it('rejects a segment without the names of its end places', () => {
    const json = line('btc', [
      [0, 0],
      [1, 1],
    ]);
    const [feature] = json.features;
    if (feature) delete (feature.properties as { from?: string }).from;
    expect(() => parseRoutes(json)).toThrow(/end places/);
  });

  it.each([
    [
      'a missing routeId',
      line(undefined, [
        [0, 0],
        [1, 1],
      ]),
      /has no routeId/,
    ],
    [
      'an unknown status',
      line(
        'btc',
        [
          [0, 0],
          [1, 1],
        ],
        'rumoured',
      ),
      /unknown status/,
    ],
    ['a one-point line', line('btc', [[0, 0]]), /not a valid line/],
    [
      'non-numeric coordinates',
      line('btc', [
        ['a', 0],
        [1, 1],
      ]),
      /not a valid line/,
    ],
    ['a topology', { type: 'Topology' }, /not a GeoJSON FeatureCollection/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => parseRoutes(input)).toThrow(message);
  });
});
