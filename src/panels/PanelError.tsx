interface PanelErrorProps {
  message: string;
  onRetry: () => void;
  onClose: () => void;
}

/** What a panel shows when it failed: the message and two ways out. */
export function PanelError({ message, onRetry, onClose }: PanelErrorProps) {
  return (
    <div className="detail-panel panel-error" role="alert">
      <p>{message}</p>
      <p>The map, the search and the list still work.</p>
      <div className="panel-error-actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
