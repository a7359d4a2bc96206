import { useEffect, useRef, type ReactNode } from 'react';
import { afterNextPaint } from '../state/after-next-paint';
import { useLatest } from '../state/use-latest';
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
 * there), a close button, and Escape to close.
 */
export function DetailPanel({ itemKey, title, eyebrow, asOf, onClose, children }: DetailPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  // After the panel is painted: focusing forces a layout, which would hold up the first paint.
  // The heading is already in view, so no scrolling either.
  useEffect(() => afterNextPaint(() => heading.current?.focus({ preventScroll: true })), [itemKey]);

  // One listener for the panel's life, calling the latest onClose: re-subscribing on every new
  // onClose could drop an Escape that arrives while the app re-renders.
  const closeRef = useLatest(onClose);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape inside a dialog (the share dialog) closes that dialog, not the panel.
      const inDialog = e.target instanceof Element && e.target.closest('dialog') !== null;
      if (e.key === 'Escape' && !e.defaultPrevented && !inDialog) closeRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeRef]);

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
