import { type ReactNode, Suspense, useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { PanelError } from './PanelError';

interface DetailsAsideProps {
  /** The selection shown: a new one clears a failure and tries again. */
  selectionKey: string;
  onClose: () => void;
  /** Called with the error boundary's Retry, to load the panel's code again. */
  onRetryLoad: () => void;
  children: ReactNode;
}

/**
 * The side panel (a bottom sheet on phones) around a detail panel: it catches a panel that fails
 * to load or render, says so and offers Retry and Close, and shows "Loading…" meanwhile.
 */
export function DetailsAside({ selectionKey, onClose, onRetryLoad, children }: DetailsAsideProps) {
  // On phones: whether the sheet takes the whole screen.
  const [expanded, setExpanded] = useState(false);
  return (
    <aside className={`panel${expanded ? ' expanded' : ''}`} aria-label="Details">
      {/* Phones only (CSS): the panel is a bottom sheet that can take the whole screen. */}
      <button type="button" className="sheet-toggle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        {expanded ? 'Show less' : 'Show more'}
      </button>
      <ErrorBoundary
        what="the details panel"
        resetKey={selectionKey}
        fallback={(message, retry) => (
          <PanelError
            message={message}
            onRetry={() => {
              onRetryLoad();
              retry();
            }}
            onClose={onClose}
          />
        )}
      >
        <Suspense fallback={<p className="detail-panel">Loading…</p>}>{children}</Suspense>
      </ErrorBoundary>
    </aside>
  );
}
