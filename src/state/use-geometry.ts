import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadGeometry } from '../data/load-geometry';
import { failed, firstGeometryLoad, type GeometryState } from './geometry-load';

/** Loads the map geometry once (taking over the page's first load), and again on `retry()`. */
export function useGeometry(): GeometryState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<GeometryState>(() => firstGeometryLoad().result ?? { status: 'loading' });

  useEffect(() => {
    const first = firstGeometryLoad();
    if (attempt === 0 && first.result) {
      // It may have settled after the first render read it (a no-op if that render had it).
      setState(first.result);
      return;
    }
    const controller = new AbortController();
    // The first render already says loading; setting it again would render the app twice.
    if (attempt > 0) setState({ status: 'loading' });
    const load =
      attempt === 0 && first.load
        ? first.load
        : loadGeometry(import.meta.env.BASE_URL, controller.signal).then(
            (geometry): GeometryState => ({ status: 'ready', geometry }),
            failed,
          );
    load.then((next) => !controller.signal.aborted && setState(next));
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return useMemo(() => ({ ...state, retry }), [state, retry]);
}
