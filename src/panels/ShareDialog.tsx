import { useEffect, useRef, useState } from 'react';

interface ShareDialogProps {
  /** The link to this exact view. */
  link: string;
  /** The same view in embed mode, for the iframe snippet. */
  embedLink: string;
  /** What the view shows, for the iframe's title: the focus country's foreign relations. */
  title: string;
  onClose: () => void;
}

type CopyState = { what: 'link' | 'embed'; ok: boolean } | null;

/** Copies text with the Clipboard API, falling back to a selected field and execCommand. */
async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Text made safe for an HTML attribute value in double quotes. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(embedLink: string, title: string): string {
  return `<iframe src="${attribute(embedLink)}" width="100%" height="520" style="border:0" title="${attribute(`Map of ${title}`)}" loading="lazy" allowfullscreen></iframe>`;
}

/** The share dialog: the link with a Copy button, the system share sheet where offered, and an embed snippet. */
export function ShareDialog({ link, embedLink, title, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<CopyState>(null);
  const snippet = embedSnippet(embedLink, title);
  const canShare = typeof navigator.share === 'function';

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    linkField.current?.select();
  }, []);

  const copy = async (what: 'link' | 'embed') => {
    const ok = await copyText(what === 'link' ? link : snippet, what === 'link' ? linkField.current : embedField.current);
    setCopied({ what, ok });
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
        {copied?.ok && (copied.what === 'link' ? 'Link copied to the clipboard.' : 'Embed code copied to the clipboard.')}
        {copied && !copied.ok && 'Copying was refused by the browser: the text is selected, press Ctrl+C (or ⌘C) to copy it.'}
      </p>
      <form method="dialog">
        <button type="submit" className="secondary">
          Close
        </button>
      </form>
    </dialog>
  );
}
