import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { PanelError } from './PanelError';

interface DetailsAsideProps {
  /** The selection shown: a new one clears a failure and tries again. */
  selectionKey: string;
  /** On phones: the sheet takes the whole screen. */
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  onClose: () => void;
  /** Called with the error boundary's Retry, to load the panel's code again. */
  onRetryLoad: () => void;
  children: ReactNode;
}

/**
 * The side panel (a bottom sheet on phones) around a detail panel: it catches a panel that fails
 * to load or render, says so and offers Retry and Close, and shows "Loading…" meanwhile.
 */
export function DetailsAside({ selectionKey, expanded, onExpandedChange, onClose, onRetryLoad, children }: DetailsAsideProps) {
  return (
    <aside className={`panel${expanded ? ' expanded' : ''}`} aria-label="Details">
      {/* Phones only (CSS): the panel is a bottom sheet that can take the whole screen. */}
      <button type="button" className="sheet-toggle" aria-expanded={expanded} onClick={() => onExpandedChange(!expanded)}>
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
