import { type ReactNode, useEffect, useState } from 'react';
import { afterNextPaint } from '../lib/after-next-paint';

/**
 * Renders a panel once, out of sight and inert (no focus, no clicks, hidden from screen
 * readers), and removes it after it has been painted: the reader's first real click then finds
 * the panel's code compiled and its styles resolved, and opens as fast as the later ones.
 */
export function PanelWarmup({ children }: { children: ReactNode }) {
  const [done, setDone] = useState(false);
  useEffect(() => (done ? undefined : afterNextPaint(() => setDone(true))), [done]);
  if (done) return null;
  return (
    <div className="panel-warmup" aria-hidden="true" inert>
      {children}
    </div>
  );
}
