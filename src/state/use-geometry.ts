import { useCallback, useEffect, useMemo, useState } from 'react';
import { GeometryError, loadGeometry, type Geometry } from '../data/load-geometry';

export type GeometryState =
  | { status: 'loading' }
  | { status: 'ready'; geometry: Geometry }
  | { status: 'error'; message: string };

const failed = (e: unknown): GeometryState => ({
  status: 'error',
  message: e instanceof GeometryError ? e.message : 'the map data could not be read',
});

let firstLoad: Promise<GeometryState> | null = null;
let firstResult: GeometryState | null = null;

/**
 * Starts the first geometry load before React renders (main.tsx calls it, and may wait a moment
 * for it): geometry that is in by the first render is drawn by it, instead of by a second one.
 */
export function startGeometryLoad(): Promise<GeometryState> {
  firstLoad ??= loadGeometry(import.meta.env.BASE_URL).then(
    (geometry): GeometryState => (firstResult = { status: 'ready', geometry }),
    (e: unknown) => (firstResult = failed(e)),
  );
  return firstLoad;
}

/** Loads the map geometry once, and again on `retry()` after a failure. */
export function useGeometry(): GeometryState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<GeometryState>(() => firstResult ?? { status: 'loading' });

  useEffect(() => {
    if (attempt === 0 && firstResult) return;
    const controller = new AbortController();
    // The first render already says loading; setting it again would render the app twice.
    if (attempt > 0) setState({ status: 'loading' });
    // The first attempt takes over the early load; a retry always fetches anew.
    const load =
      attempt === 0 && firstLoad
        ? firstLoad
        : loadGeometry(import.meta.env.BASE_URL, controller.signal).then((geometry): GeometryState => ({ status: 'ready', geometry }), failed);
    load.then((next) => !controller.signal.aborted && setState(next));
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return useMemo(() => ({ ...state, retry }), [state, retry]);
}
