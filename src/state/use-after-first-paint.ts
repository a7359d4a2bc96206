import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first render, then true: what is rendered only once it is true (overlays,
 * floating controls) is built as an interruptible transition after the first paint, so the
 * countries reach the screen without waiting for it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setPainted(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
