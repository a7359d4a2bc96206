/**
 * A live region that says when a new version has downloaded, with the one way to switch to it:
 * the reader's own click. The region is always there, so screen readers announce the message.
 */
export function UpdateNotice({ ready, onReload }: { ready: boolean; onReload: () => void }) {
  return (
    <div className={ready ? 'update-notice' : 'sr-only'} role="status">
      {ready && (
        <>
          <span>A new version is available.</span>
          <button type="button" className="header-button" onClick={onReload}>
            Reload
          </button>
        </>
      )}
    </div>
  );
}
