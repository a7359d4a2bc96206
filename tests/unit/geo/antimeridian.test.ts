import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COUNTRY_LABELS } from '../../../src/data/country-labels';

const topo = JSON.parse(readFileSync(path.join(process.cwd(), 'public/geo/countries.topo.json'), 'utf8')) as Topology;
const countries = feature(topo, topo.objects.countries as GeometryCollection).features as {
  id: string;
  geometry: Polygon | MultiPolygon;
}[];

/** Ring edges that run more than `limit` degrees of longitude: drawn, they cross the map. */
function longEdges(limit: number): string[] {
  return countries.flatMap((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polygons.flatMap((rings) =>
      rings.flatMap((ring) => ring.slice(1).flatMap((p, i) => (Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0)) > limit ? [`${f.id}`] : []))),
    );
  });
}

describe('the built country file', () => {
  it('has no ring edge that crosses the antimeridian (none longer than 60° of longitude)', () => {
    expect(longEdges(60)).toEqual([]);
  });

  // Fiji's pieces east of 180° are small islands, which the world tier drops (build-geo.mjs).
  it('still has Russia east of 180° (Chukotka), and Fiji cut at the antimeridian', () => {
    const lngs = (id: string) =>
      countries
        .filter((f) => f.id === id)
        .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2).map((p) => p[0] ?? 0));
    expect(Math.min(...lngs('RUS'))).toBeLessThan(-169);
    expect(Math.max(...lngs('FJI'))).toBeGreaterThan(179.9);
  });

  it('has a label point inside each country, Azerbaijan’s on its mainland and Georgia’s in Georgia', () => {
    expect(Object.keys(COUNTRY_LABELS).sort()).toEqual(countries.map((f) => f.id).sort());
    const aze = COUNTRY_LABELS.AZE;
    expect(aze && aze.lng > 46 && aze.lng < 49.5 && aze.lat > 39.5 && aze.lat < 41.5).toBe(true);
    const geo = COUNTRY_LABELS.GEO;
    expect(geo && geo.lng > 41 && geo.lng < 46 && geo.lat > 41 && geo.lat < 43.5).toBe(true);
  });
});
