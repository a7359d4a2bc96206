import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first render, then true: what is rendered only once it is true (overlays,
 * floating controls) is built as an interruptible transition after the first paint, so the
 * app's first render, and the page's first responses to the reader, come sooner.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setPainted(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
