import { GeometryError, loadGeometry, type Geometry } from '../data/load-geometry';

export type GeometryState = { status: 'loading' } | { status: 'ready'; geometry: Geometry } | { status: 'error'; message: string };

export const failed = (e: unknown): GeometryState => ({
  status: 'error',
  message: e instanceof GeometryError ? e.message : 'the map data could not be read',
});

let firstLoad: Promise<GeometryState> | null = null;
let firstResult: GeometryState | null = null;

/**
 * Starts the page's first geometry load, once: the first map (map/base-map.ts) draws from it
 * before React starts, and the app's useGeometry takes it over instead of downloading again.
 */
export function startGeometryLoad(): Promise<GeometryState> {
  firstLoad ??= loadGeometry(import.meta.env.BASE_URL).then(
    (geometry): GeometryState => (firstResult = { status: 'ready', geometry }),
    (e: unknown) => (firstResult = failed(e)),
  );
  return firstLoad;
}

/** The first load, if one was started, and its result once it has settled. */
export const firstGeometryLoad = () => ({ load: firstLoad, result: firstResult });
