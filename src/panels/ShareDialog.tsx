import { useEffect, useRef, useState } from 'react';
import { COPY_REFUSED, copyText } from '../lib/copy-text';
import { ExportActions } from './ExportActions';
import type { ViewExport } from './view-export';

interface ShareDialogProps {
  /** The link to this exact view. */
  link: string;
  /** The same view in embed mode, for the iframe snippet. */
  embedLink: string;
  /** What the view shows, for the iframe's title: the focus country's foreign relations. */
  title: string;
  /** What the exports take from the view. */
  view: ViewExport;
  /** Prints the briefing (after the dialog has closed). */
  onPrint: () => void;
  onClose: () => void;
}

/** Text made safe for an HTML attribute value in double quotes. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(embedLink: string, title: string): string {
  return `<iframe src="${attribute(embedLink)}" width="100%" height="520" style="border:0" title="${attribute(`Map of ${title}`)}" loading="lazy" allowfullscreen></iframe>`;
}

/**
 * The share dialog: the link with a Copy button, the system share sheet where offered, an embed
 * snippet, and the exports (cite, CSV, GeoJSON, image, print).
 */
export function ShareDialog({ link, embedLink, title, view, onPrint, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  // One live region for the whole dialog: what was copied or saved, or what went wrong.
  const [status, setStatus] = useState('');
  const snippet = embedSnippet(embedLink, title);
  const canShare = typeof navigator.share === 'function';

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    linkField.current?.select();
  }, []);

  const copy = async (what: 'link' | 'embed') => {
    const ok = await copyText(what === 'link' ? link : snippet, what === 'link' ? linkField.current : embedField.current);
    setStatus(ok ? `${what === 'link' ? 'Link' : 'Embed code'} copied to the clipboard.` : COPY_REFUSED);
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">Share this view</h2>
      <p>The link opens the map exactly as you see it: position, selection, routes and year.</p>
      <label htmlFor="share-link">Link to this view</label>
      <div className="share-row">
        <input id="share-link" ref={linkField} readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy('link')}>
          Copy link
        </button>
      </div>
      {canShare && (
        <button
          type="button"
          className="secondary"
          onClick={() => void navigator.share({ title: document.title, url: link }).catch(() => undefined)}
        >
          Share with an app…
        </button>
      )}
      <label htmlFor="share-embed">Embed on a web page</label>
      <textarea id="share-embed" ref={embedField} readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => void copy('embed')}>
        Copy embed code
      </button>
      <p className="copy-status" role="status">
        {status}
      </p>
      <ExportActions
        view={view}
        onStatus={setStatus}
        onPrint={() => {
          dialog.current?.close();
          onPrint();
        }}
      />
      <form method="dialog">
        <button type="submit" className="secondary">
          Close
        </button>
      </form>
    </dialog>
  );
}
