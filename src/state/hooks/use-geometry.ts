import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Settling } from '../../lib/settling';
import { type GeometryState, loadGeometryState } from '../geometry-load';

/**
 * The map geometry: the page's first load (started before React, boot/) taken over, and a new
 * download on `retry()`. The first load is read synchronously when it has settled, so geometry
 * that is already in is drawn by the first render, whenever it arrived.
 */
export function useGeometry(first: Settling<GeometryState>): GeometryState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<GeometryState>(() => first.current() ?? { status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    // The first render already says loading; setting it again would render the app twice.
    if (attempt > 0) setState({ status: 'loading' });
    const load = attempt === 0 ? first.promise : loadGeometryState(import.meta.env.BASE_URL, controller.signal);
    load.then((next) => !controller.signal.aborted && setState(next));
    return () => controller.abort();
  }, [attempt, first]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return useMemo(() => ({ ...state, retry }), [state, retry]);
}
