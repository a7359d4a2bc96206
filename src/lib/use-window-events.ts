import { useEffect } from 'react';
import { useLatest } from './use-latest';

/**
 * Calls the latest handler of each named window event, from listeners registered once (so the
 * handlers may change on every render without re-registering).
 */
export function useWindowEvents(handlers: Partial<Record<keyof WindowEventMap, () => void>>): void {
  const latest = useLatest(handlers);
  const types = Object.keys(handlers).sort().join(' ');
  useEffect(() => {
    const listeners = types.split(' ').map((type) => [type, () => latest.current[type as keyof WindowEventMap]?.()] as const);
    for (const [type, listener] of listeners) window.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener);
    };
  }, [types, latest]);
}
