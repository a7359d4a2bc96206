import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../src/state/url-codec';
import { shareLink } from '../../../src/state/share-link';
import { defaultViewState } from '../../../src/state/view-state';
import { catalog } from './catalog-fixture';

const page = { origin: 'https://example.org', pathname: '/map/' };

describe('shareLink', () => {
  it('is the plain page for the default view', () => {
    expect(shareLink(defaultViewState, false, catalog, page)).toBe('https://example.org/map/');
  });

  it('carries the view, and embed=1 only when asked', () => {
    const state = { ...defaultViewState, sel: { kind: 'country' as const, id: 'TUR' }, year: 2006 };
    const link = shareLink(state, false, catalog, page);
    expect(link).toBe('https://example.org/map/#sel=country:TUR&year=2006');
    const embed = shareLink(state, true, catalog, page);
    expect(parseHash(new URL(embed).hash, catalog).state).toEqual({ ...state, embed: true });
  });
});
