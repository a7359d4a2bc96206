interface GeometryAlertProps {
  message: string;
  onRetry: () => void;
}

/** Shown when the map data failed: what went wrong, and a way out. The rest of the app still works. */
export function GeometryAlert({ message, onRetry }: GeometryAlertProps) {
  return (
    <div className="geometry-alert" role="alert">
      <p>
        <strong>The map could not be drawn.</strong> Problem with the map data: {message}.
      </p>
      <p>The list of partners and routes still works.</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
