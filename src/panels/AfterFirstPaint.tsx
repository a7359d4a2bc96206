import { type ReactNode, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-next-paint';

/**
 * Renders its children once the panel for `itemKey` has been painted: a click paints the top of
 * a panel (its title, kind and summary) at once, and the long lists under it a frame later,
 * instead of making the reader wait for all of it. A new item starts over.
 */
export function AfterFirstPaint({ itemKey, children }: { itemKey: string; children: ReactNode }) {
  const [paintedKey, setPaintedKey] = useState<string | null>(null);
  useEffect(() => afterNextPaint(() => setPaintedKey(itemKey)), [itemKey]);
  return paintedKey === itemKey ? children : null;
}
