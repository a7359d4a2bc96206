import { useCallback, useEffect, useMemo, useState } from 'react';
import { GeometryError, loadGeometry, type Geometry } from '../data/load-geometry';

export type GeometryState =
  | { status: 'loading' }
  | { status: 'ready'; geometry: Geometry }
  | { status: 'error'; message: string };

let firstLoad: Promise<Geometry> | null = null;

/**
 * Starts the first geometry load before React's first render (main.tsx calls it), so that the
 * decoding is done by the time the map exists instead of starting after it.
 */
export function startGeometryLoad(): void {
  firstLoad ??= loadGeometry(import.meta.env.BASE_URL);
}

/** Loads the map geometry once, and again on `retry()` after a failure. */
export function useGeometry(): GeometryState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<GeometryState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    // The first render already says loading; setting it again would render the app twice.
    if (attempt > 0) setState({ status: 'loading' });
    // The first attempt takes over the early load; a retry always fetches anew.
    const load = (attempt === 0 && firstLoad) || loadGeometry(import.meta.env.BASE_URL, controller.signal);
    load.then(
      (geometry) => !controller.signal.aborted && setState({ status: 'ready', geometry }),
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const message = e instanceof GeometryError ? e.message : 'the map data could not be read';
        setState({ status: 'error', message });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return useMemo(() => ({ ...state, retry }), [state, retry]);
}
