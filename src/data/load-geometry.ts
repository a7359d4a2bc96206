import { ISO3_PATTERN, SLUG_PATTERN } from './ids';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/**
 * The one gate for fetched geometry: everything the map draws passes through here, so a
 * missing, corrupt or wrongly shaped file becomes a clear `GeometryError`, never a blank map.
 */

/** Countries carry only their id; names live in `country-names.ts`. */
export type CountryProps = Record<string, never> | null;
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps> & { id: string };
export interface Countries {
  type: 'FeatureCollection';
  features: CountryFeature[];
}
/** The countries' TopoJSON as checked: borders shared by two countries are one arc, which outlines of groups build on. */
export type CountryTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

export type SegmentStatus = 'built' | 'under-construction' | 'planned';
export interface RouteProps {
  routeId: string;
  status: SegmentStatus;
  segment: string;
  /** The named places the segment starts and ends at (terminals, junctions, stations). */
  from: string;
  to: string;
}
export type RouteFeature = Feature<LineString | MultiLineString, RouteProps>;
export type RouteLines = FeatureCollection<LineString | MultiLineString, RouteProps>;

export class GeometryError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'GeometryError';
  }
}

const SEGMENT_STATUSES: readonly string[] = ['built', 'under-construction', 'planned'];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks a decoded countries TopoJSON and returns its features and the topology; throws `GeometryError`. */
export function parseCountryTopology(json: unknown, file = 'countries.topo.json'): { countries: Countries; topology: CountryTopology } {
  const fail = (problem: string) => new GeometryError(file, problem);
  if (!isObject(json) || json.type !== 'Topology') throw fail('not a TopoJSON topology');
  const objects = json.objects;
  if (!isObject(objects) || !isObject(objects.countries)) throw fail('has no "countries" object');
  if (!Array.isArray(json.arcs)) throw fail('has no arcs');
  const collection = objects.countries;
  if (collection.type !== 'GeometryCollection' || !Array.isArray(collection.geometries)) {
    throw fail('"countries" is not a GeometryCollection');
  }
  const seen = new Set<string>();
  for (const [i, g] of (collection.geometries as unknown[]).entries()) {
    if (!isObject(g)) throw fail(`geometry ${i} is not an object`);
    if (typeof g.id !== 'string' || !ISO3_PATTERN.test(g.id)) throw fail(`geometry ${i} has no ISO alpha-3 id`);
    if (seen.has(g.id)) throw fail(`id ${g.id} appears twice`);
    seen.add(g.id);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw fail(`${g.id} is a ${String(g.type)}, not a polygon`);
  }
  const topology = json as unknown as CountryTopology;
  try {
    return { countries: feature(topology, topology.objects.countries) as Countries, topology };
  } catch (e) {
    throw fail(`arcs could not be decoded (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Checks a decoded countries TopoJSON and returns its features; throws `GeometryError`. */
export const parseCountries = (json: unknown, file = 'countries.topo.json'): Countries => parseCountryTopology(json, file).countries;

function isPosition(p: unknown): boolean {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function isLine(coords: unknown): boolean {
  return Array.isArray(coords) && coords.length >= 2 && coords.every(isPosition);
}

/** Checks the routes GeoJSON; throws `GeometryError`. */
export function parseRoutes(json: unknown, file = 'routes.geojson'): RouteLines {
  const fail = (problem: string) => new GeometryError(file, problem);
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw fail('not a GeoJSON FeatureCollection');
  }
  for (const [i, f] of (json.features as unknown[]).entries()) {
    if (!isObject(f) || !isObject(f.properties) || !isObject(f.geometry)) throw fail(`feature ${i} is malformed`);
    const { routeId, status } = f.properties;
    if (typeof routeId !== 'string' || !SLUG_PATTERN.test(routeId)) throw fail(`feature ${i} has no routeId`);
    if (typeof status !== 'string' || !SEGMENT_STATUSES.includes(status)) throw fail(`${routeId} has an unknown status`);
    const { from, to } = f.properties;
    if (typeof from !== 'string' || typeof to !== 'string') throw fail(`${routeId} has a segment without its end places`);
    const { type, coordinates } = f.geometry;
    const ok =
      (type === 'LineString' && isLine(coordinates)) ||
      (type === 'MultiLineString' && Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isLine));
    if (!ok) throw fail(`${routeId} is not a valid line`);
  }
  return json as unknown as RouteLines;
}

async function fetchJson(url: string, file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new GeometryError(file, 'could not be downloaded (network error)');
  }
  if (!response.ok) throw new GeometryError(file, `could not be downloaded (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new GeometryError(file, 'is not valid JSON');
  }
}

export interface Geometry {
  countries: Countries;
  /** The countries as TopoJSON, for outlines of groups of them (geo/outlines.ts). */
  countryTopology: CountryTopology;
  routes: RouteLines;
}

/** Fetches and checks all the geometry the map needs, from the app's own host. */
export async function loadGeometry(base: string, signal?: AbortSignal): Promise<Geometry> {
  const [{ countries, topology }, routes] = await Promise.all([
    fetchJson(`${base}geo/countries.topo.json`, 'countries.topo.json', signal).then((j) => parseCountryTopology(j)),
    fetchJson(`${base}geo/routes.geojson`, 'routes.geojson', signal).then((j) => parseRoutes(j)),
  ]);
  return { countries, countryTopology: topology, routes };
}
