import { useEffect } from 'react';

/**
 * Keeps the document in step with the view: its title (tab, history, bookmarks) and the `embed`
 * class on <html>, which sets the header's height (app.css) and which a link opened later can change.
 */
export function useDocumentState(title: string, embed: boolean): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    document.documentElement.classList.toggle('embed', embed);
  }, [embed]);
}
