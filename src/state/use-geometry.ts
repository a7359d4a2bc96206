import { useCallback, useEffect, useMemo, useState } from 'react';
import { GeometryError, loadGeometry, type Geometry } from '../data/load-geometry';

export type GeometryState =
  | { status: 'loading' }
  | { status: 'ready'; geometry: Geometry }
  | { status: 'error'; message: string };

/** Loads the map geometry once, and again on `retry()` after a failure. */
export function useGeometry(): GeometryState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<GeometryState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadGeometry(import.meta.env.BASE_URL, controller.signal).then(
      (geometry) => setState({ status: 'ready', geometry }),
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
