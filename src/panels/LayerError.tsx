/** Shown over the map when a layer fails to render; the rest of the map and the panels carry on. */
export function LayerError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="layer-error" role="alert">
      {message}{' '}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
