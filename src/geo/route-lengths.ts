import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString } from '@turf/helpers';
import length from '@turf/length';
import lineIntersect from '@turf/line-intersect';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Route lengths, in total and per country, measured on the drawn geometry.
 *
 * Drawn lines are hand-traced approximations, so these numbers are for proportions (which share
 * of a route lies in which country) and for checking a trace, never a replacement for the
 * official figures the panels quote.
 */

/** The key under which `lengthByCountry` files the parts of a line that lie in no country (sea). */
export const NO_COUNTRY = '';

/** Kilometres per country id; `NO_COUNTRY` holds the part over water. */
export type KmByCountry = Record<string, number>;

type Line = LineString | MultiLineString;
type Country = Feature<Polygon | MultiPolygon>;
type Box = readonly [west: number, south: number, east: number, north: number];
/** A country with its box, worked out once per measurement rather than once per segment. */
interface BoxedCountry {
  country: Country;
  box: Box;
}

/** Geodesic length of a line in kilometres. */
export function lengthKm(line: Feature<Line>): number {
  return length(line, { units: 'kilometers' });
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Where along the straight segment a→b the point p lies, 0 at a and 1 at b. */
function fractionAlong(a: Position, b: Position, p: Position): number {
  const [ax = 0, ay = 0] = a;
  const [dx, dy] = [(b[0] ?? 0) - ax, (b[1] ?? 0) - ay];
  const t = ((p[0] ?? 0) - ax) * dx + ((p[1] ?? 0) - ay) * dy;
  return t / (dx * dx + dy * dy);
}

function interpolate(a: Position, b: Position, t: number): Position {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  return [ax + (bx - ax) * t, ay + (by - ay) * t];
}

function countryAt(point: Position, candidates: Country[]): string {
  // A piece running exactly along a border could be "inside" both neighbours; taking the first
  // match files every piece under exactly one key, so the parts always add up to the whole.
  const owner = candidates.find((c) => booleanPointInPolygon(point, c));
  return owner?.id === undefined ? NO_COUNTRY : String(owner.id);
}

/** A stretch of a line inside one country (or `NO_COUNTRY`). */
export interface CountryPiece {
  country: string;
  km: number;
}

function addPiece(pieces: CountryPiece[], country: string, km: number): void {
  const last = pieces.at(-1);
  if (last?.country === country) last.km += km;
  else pieces.push({ country, km });
}

/**
 * Splits one straight segment at its border crossings and files each piece under the country
 * that contains the piece's midpoint.
 *
 * Crossings are ordered by their position along this one segment: `lineIntersect` computes them
 * in plain lon/lat, so that position is exact, with none of the ambiguity of projecting a point
 * onto a whole line that may pass near itself.
 */
function addSegment(a: Position, b: Position, countries: readonly BoxedCountry[], pieces: CountryPiece[]): void {
  const segment = lineString([a, b]);
  const box = bbox(segment) as Box;
  const candidates = countries.filter((c) => overlaps(box, c.box)).map((c) => c.country);
  const cuts = candidates
    .flatMap((c) => lineIntersect(segment, c).features.map((p) => fractionAlong(a, b, p.geometry.coordinates)))
    .filter((t) => t > 0 && t < 1);
  const stops = [0, ...cuts.sort((x, y) => x - y), 1];
  for (let i = 1; i < stops.length; i++) {
    const [from = 0, to = 1] = [stops[i - 1], stops[i]];
    if (to - from <= 0) continue;
    const km = lengthKm(lineString([interpolate(a, b, from), interpolate(a, b, to)]));
    addPiece(pieces, countryAt(interpolate(a, b, (from + to) / 2), candidates), km);
  }
}

/**
 * The line cut at every border it crosses, in order from its start: one piece per stay in a
 * country, keyed by the country feature's `id`; stretches over sea (or any place no feature
 * covers, or a feature without an id) get `NO_COUNTRY`. The parts of a MultiLineString follow
 * one another. The pieces add up to `lengthKm(line)`.
 */
export function countryPieces(line: Feature<Line>, countries: FeatureCollection<Polygon | MultiPolygon>): CountryPiece[] {
  const pieces: CountryPiece[] = [];
  const boxed = countries.features.map((country): BoxedCountry => ({ country, box: bbox(country) as Box }));
  const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1], part[i]];
      if (a && b) addSegment(a, b, boxed, pieces);
    }
  }
  return pieces;
}

/** Kilometres of a line inside each country (see `countryPieces`); the sea is under `NO_COUNTRY`. */
export function lengthByCountry(line: Feature<Line>, countries: FeatureCollection<Polygon | MultiPolygon>): KmByCountry {
  const totals: KmByCountry = {};
  for (const { country, km } of countryPieces(line, countries)) totals[country] = (totals[country] ?? 0) + km;
  return totals;
}

/**
 * Applies the drawn shares to an official total: the estimate used when a route's per-country
 * split is not published. Each key (including `NO_COUNTRY`) gets
 * `officialTotalKm × drawn[key] / Σ drawn`. Unrounded; an empty or zero-length drawing gives {}.
 */
export function estimateSplit(officialTotalKm: number, drawnByCountry: KmByCountry): KmByCountry {
  const drawnTotal = Object.values(drawnByCountry).reduce((sum, km) => sum + km, 0);
  if (drawnTotal <= 0) return {};
  return Object.fromEntries(Object.entries(drawnByCountry).map(([id, km]) => [id, (officialTotalKm * km) / drawnTotal]));
}
