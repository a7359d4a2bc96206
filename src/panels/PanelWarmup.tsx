import { type ReactNode, useEffect } from 'react';
import { afterNextPaint } from '../lib/after-next-paint';

/**
 * Renders a panel once, out of sight and inert (no focus, no clicks, hidden from screen
 * readers), then reports that it is done: the reader's first real click then finds the panel's
 * code compiled and its styles resolved, and opens as fast as the later ones.
 */
export function PanelWarmup({ children, onDone }: { children: ReactNode; onDone: () => void }) {
  useEffect(() => afterNextPaint(onDone), [onDone]);
  return (
    <div className="panel-warmup" aria-hidden="true" inert>
      {children}
    </div>
  );
}
