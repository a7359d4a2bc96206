import { serialiseHash } from './url-codec';
import type { Catalog, ViewState } from './view-state';

/** The absolute link to a view, in or out of embed mode, on the page at `location`. */
export function shareLink(state: ViewState, embed: boolean, catalog: Catalog, location: Pick<Location, 'origin' | 'pathname'>): string {
  const hash = serialiseHash({ ...state, embed }, catalog);
  return `${location.origin}${location.pathname}${hash ? `#${hash}` : ''}`;
}
