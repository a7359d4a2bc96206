import { readFileSync } from 'node:fs';
import { parseCountries, parseRoutes, type Countries, type RouteLines } from '../../src/data/load-geometry';

const root = new URL('../../public/geo/', import.meta.url);

/** The committed geometry, read from disk and passed through the app's own gate. */
export function realCountries(): Countries {
  return parseCountries(JSON.parse(readFileSync(new URL('countries.topo.json', root), 'utf8')));
}

export function realRoutes(): RouteLines {
  return parseRoutes(JSON.parse(readFileSync(new URL('routes.geojson', root), 'utf8')));
}

export function rawCountriesJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('countries.topo.json', root), 'utf8')) as Record<string, unknown>;
}
