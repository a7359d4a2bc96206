import { useRef } from 'react';

/**
 * A ref that always holds the latest value: for listeners registered once (with Leaflet or on
 * the window) that must call the current handler without being registered again.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
