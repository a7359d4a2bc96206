import { useEffect, useRef, type ReactNode } from 'react';
import { afterNextPaint } from '../lib/after-next-paint';
import { formatDate } from './format';

interface DetailPanelProps {
  /** Changes whenever a different item is shown, so focus moves to the new heading. */
  itemKey: string;
  title: string;
  /** A line above the heading, e.g. "Partner" or "Gas pipeline". */
  eyebrow: string;
  asOf?: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The frame every detail panel shares: heading (focused on open, so a screen reader starts
 * there) and a close button. Escape closes it from the app (one listener, see App.tsx).
 */
export function DetailPanel({ itemKey, title, eyebrow, asOf, onClose, children }: DetailPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  // After the panel is painted: focusing forces a layout, which would hold up the first paint.
  // The heading is already in view, so no scrolling either.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new item (itemKey) moves focus to its heading again
  useEffect(() => afterNextPaint(() => heading.current?.focus({ preventScroll: true })), [itemKey]);

  return (
    <article className="detail-panel" aria-labelledby="detail-title">
      <header className="detail-header">
        <p className="eyebrow">{eyebrow}</p>
        <h2 id="detail-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={`Close ${title}`}>
          ×
        </button>
      </header>
      <div className="detail-body">{children}</div>
      {asOf && (
        <p className="as-of">
          Facts as of <time dateTime={asOf}>{formatDate(asOf)}</time>
        </p>
      )}
    </article>
  );
}
