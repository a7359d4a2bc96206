import { GeometryError, loadGeometry, type Geometry } from '../data/load-geometry';

export type GeometryState = { status: 'loading' } | { status: 'ready'; geometry: Geometry } | { status: 'error'; message: string };

export const failed = (e: unknown): GeometryState => ({
  status: 'error',
  message: e instanceof GeometryError ? e.message : 'the map data could not be read',
});

/** Loads the map geometry as a state to render: never rejects. */
export function loadGeometryState(baseUrl: string, signal?: AbortSignal): Promise<GeometryState> {
  return loadGeometry(baseUrl, signal).then((geometry): GeometryState => ({ status: 'ready', geometry }), failed);
}
