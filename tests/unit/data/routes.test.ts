import { describe, expect, it } from 'vitest';
import { lineString } from '@turf/helpers';
import type { Position } from 'geojson';
import { route as routeSchema, routeGroup as routeGroupSchema, type Route, type RouteId } from '../../../src/data/schema';
import { routeGroups } from '../../../src/data/shared/routes';
import { routes } from './full-dataset';
import type { RouteFeature } from '../../../src/data/load-geometry';
import { NO_COUNTRY, countryPieces, lengthKm } from '../../../src/geo/route-lengths';
import { realCountries, realRoutes } from '../geo-fixtures';

/**
 * The route facts checked against each other and against the drawn lines, on the committed
 * geometry: public/geo/countries.topo.json and public/geo/routes.geojson.
 */

const countries = realCountries();
const lines = realRoutes().features;

/** Shorter stays in a country are slivers of the simplified borders, not real crossings. */
const MIN_PIECE_KM = 1;
const END_TOLERANCE_KM = 15;
const LENGTH_TOLERANCE = 0.15;
const SHARE_TOLERANCE = 0.03;

/** Routes whose honest trace cannot come within LENGTH_TOLERANCE of the official length, and why. */
const SHORT_TRACES: Partial<Record<RouteId, string>> = {
  igb: 'it winds over the Rhodopes; a line through the towns on its course gives about 150 of its 182 km',
};

const segmentsOf = (r: Route): RouteFeature[] => lines.filter((f) => f.properties.routeId === r.id);

function positionsOf(f: RouteFeature): Position[] {
  return f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

const distanceKm = (a: Position, b: Position) => lengthKm(lineString([a, b]));

/** The countries the drawing passes through, in order, slivers and sea left out. */
function countriesCrossed(r: Route): string[] {
  const pieces = segmentsOf(r).flatMap((f) => countryPieces(f, countries));
  const crossed: string[] = [];
  for (const { country, km } of pieces) {
    if (country !== NO_COUNTRY && km >= MIN_PIECE_KM && crossed.at(-1) !== country) crossed.push(country);
  }
  return crossed;
}

function drawnKmByCountry(r: Route): { total: number; byCountry: Map<string, number> } {
  const byCountry = new Map<string, number>();
  let total = 0;
  for (const { country, km } of segmentsOf(r).flatMap((f) => countryPieces(f, countries))) {
    byCountry.set(country, (byCountry.get(country) ?? 0) + km);
    total += km;
  }
  return { total, byCountry };
}

describe('the route facts', () => {
  it.each(routes)('$id passes the schema', (r) => {
    expect(routeSchema.safeParse(r).error).toBeUndefined();
  });

  it('has each route once, and groups made of existing routes', () => {
    const ids = routes.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of routeGroups) {
      expect(routeGroupSchema.safeParse(g).error).toBeUndefined();
      for (const member of g.routes) expect(ids).toContain(member);
    }
  });

  it.each(routes.filter((r) => r.status === 'proposed' || r.status === 'planned'))(
    '$id, never begun, has no construction or opening date and only planned segments',
    (r) => {
      expect(r.constructionStarted).toBeUndefined();
      expect(r.opened).toBeUndefined();
      expect(segmentsOf(r).map((f) => f.properties.status)).toEqual(segmentsOf(r).map(() => 'planned'));
    },
  );
});

describe('the route facts against the drawn lines', () => {
  it('draws every route in the data, and nothing else', () => {
    const drawn = new Set(lines.map((f) => f.properties.routeId));
    expect([...drawn].sort()).toEqual(routes.map((r) => r.id).sort());
  });

  it.each(routes)('$id starts and ends at its documented end points', (r) => {
    const segments = segmentsOf(r);
    const first = positionsOf(segments[0]!)[0]!;
    const last = positionsOf(segments.at(-1)!).at(-1)!;
    expect(distanceKm(first, [r.start.lng, r.start.lat])).toBeLessThan(END_TOLERANCE_KM);
    expect(distanceKm(last, [r.end.lng, r.end.lat])).toBeLessThan(END_TOLERANCE_KM);
  });

  it.each(routes)('$id crosses exactly the countries it lists, in order', (r) => {
    expect(countriesCrossed(r)).toEqual(r.countries);
  });

  it.each(routes.filter((r) => r.length && !SHORT_TRACES[r.id]))('$id is drawn within 15% of its official length', (r) => {
    const official = r.length!.totalKm;
    expect(Math.abs(drawnKmByCountry(r).total - official) / official).toBeLessThanOrEqual(LENGTH_TOLERANCE);
  });

  it.each(routes.filter((r) => r.length?.byCountry))('$id is split between countries as the official figures are', (r) => {
    const { totalKm, byCountry = {} } = r.length!;
    const drawn = drawnKmByCountry(r);
    for (const [country, km] of Object.entries(byCountry)) {
      const drawnShare = (drawn.byCountry.get(country) ?? 0) / drawn.total;
      expect(Math.abs(drawnShare - km / totalKm), country).toBeLessThanOrEqual(SHARE_TOLERANCE);
    }
  });
});
