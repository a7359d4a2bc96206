// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPLACE_INTERVAL_MS, useHashState } from '../../../src/state/hooks/use-hash-state';
import { parseHash } from '../../../src/state/url-codec';
import { select, type MapView } from '../../../src/state/view-state';
import { catalog } from './catalog-fixture';

function load(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  return renderHook(() => useHashState(catalog));
}

const view = (lng: number): MapView => ({ zoom: 5, lat: 40, lng });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useHashState', () => {
  it('starts from the hash it is loaded with', () => {
    const { result } = load('#map=5/40/49&sel=country:TUR&foo=bar');
    expect(result.current.state.map).toEqual({ zoom: 5, lat: 40, lng: 49 });
    expect(result.current.state.sel).toEqual({ kind: 'country', id: 'TUR' });
    expect(result.current.source).toBe('url');
  });

  it('falls back to defaults for a hostile hash without throwing', () => {
    const { result } = load('#sel=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&year=NaN');
    expect(result.current.state.sel).toBeNull();
    expect(result.current.state.year).toBeNull();
  });

  it('push adds a history entry, keeping unknown keys', () => {
    const { result } = load('#map=5/40/49&foo=bar');
    const before = window.history.length;
    act(() => result.current.navigate((s) => select(s, { kind: 'country', id: 'GEO' }), 'push'));
    expect(window.history.length).toBe(before + 1);
    expect(window.location.hash).toBe('#map=5/40/49&sel=country:GEO&foo=bar');
    expect(result.current.state.sel).toEqual({ kind: 'country', id: 'GEO' });
    expect(result.current.source).toBe('app');
  });

  it('replace rewrites the current entry', () => {
    const { result } = load('#map=5/40/49');
    const before = window.history.length;
    act(() => result.current.navigate((s) => ({ ...s, map: view(45) }), 'replace'));
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('#map=5/40/45');
  });

  it('leaves a link untouched when the written hash would be equivalent', () => {
    const { result } = load('#map=5.00/40.0/49.0&foo=bar');
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    act(() => result.current.navigate((s) => ({ ...s, map: { zoom: 5, lat: 40.001, lng: 48.999 } }), 'replace'));
    act(() => result.current.navigate((s) => ({ ...s, layers: ['btc', 'scp', 'tanap', 'tap', 'btk'] }), 'push'));
    expect(replace).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#map=5.00/40.0/49.0&foo=bar');
    expect(result.current.state.map).toEqual({ zoom: 5, lat: 40.001, lng: 48.999 });
  });

  it('ignores a state equal to the current one', () => {
    const { result } = load('#sel=org:un');
    const first = result.current.state;
    act(() => result.current.navigate({ ...first, sel: { kind: 'org', id: 'un' } }, 'push'));
    expect(result.current.state).toBe(first);
    expect(result.current.source).toBe('url');
  });

  it('writes the default view as a URL without "#"', () => {
    const { result } = load('#sel=country:TUR');
    act(() => result.current.navigate((s) => select(s, null), 'push'));
    expect(window.location.href.endsWith('/')).toBe(true);
  });

  it('follows a hashchange event (hand edit or in-page link)', () => {
    const { result } = load('#sel=country:TUR&foo=1');
    act(() => {
      window.history.replaceState(null, '', '#sel=org:cis&bar=2');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current.state.sel).toEqual({ kind: 'org', id: 'cis' });
    expect(result.current.source).toBe('url');
    // The new address bar's unknown keys are the ones kept from now on.
    act(() => result.current.navigate((s) => ({ ...s, year: 2000 }), 'push'));
    expect(window.location.hash).toBe('#sel=org:cis&year=2000&bar=2');
  });

  it('follows a real fragment navigation', async () => {
    const { result } = load('');
    window.location.hash = '#layers=sgc';
    await waitFor(() => expect(result.current.state.layers).toEqual(['scp', 'tanap', 'tap']));
  });

  it('follows Back and Forward', async () => {
    const { result } = load('#sel=country:TUR');
    act(() => result.current.navigate((s) => select(s, { kind: 'country', id: 'ARM' }), 'push'));
    window.history.back();
    await waitFor(() => expect(result.current.state.sel).toEqual({ kind: 'country', id: 'TUR' }));
    expect(result.current.source).toBe('url');
    window.history.forward();
    await waitFor(() => expect(result.current.state.sel).toEqual({ kind: 'country', id: 'ARM' }));
  });

  describe('throttling map moves', () => {
    it('writes the first replace at once and coalesces the rest into one trailing write', () => {
      vi.useFakeTimers();
      const { result } = load('#map=5/40/0');
      const replace = vi.spyOn(window.history, 'replaceState');
      for (let lng = 1; lng <= 50; lng++) {
        act(() => result.current.navigate((s) => ({ ...s, map: view(lng) }), 'replace'));
        act(() => vi.advanceTimersByTime(5));
      }
      // 250 ms of moves: the leading write, then nothing until the interval has passed.
      expect(replace).toHaveBeenCalledTimes(1);
      expect(result.current.state.map).toEqual(view(50));
      act(() => vi.advanceTimersByTime(REPLACE_INTERVAL_MS));
      expect(replace).toHaveBeenCalledTimes(2);
      expect(window.location.hash).toBe('#map=5/40/50');
      act(() => vi.advanceTimersByTime(10 * REPLACE_INTERVAL_MS));
      expect(replace).toHaveBeenCalledTimes(2);
    });

    it('never writes more than once per interval during a long pan', () => {
      vi.useFakeTimers();
      const { result } = load('');
      const replace = vi.spyOn(window.history, 'replaceState');
      const duration = 30_000;
      for (let t = 0; t < duration; t += 16) {
        act(() => result.current.navigate((s) => ({ ...s, map: view(-170 + (t % 340)) }), 'replace'));
        act(() => vi.advanceTimersByTime(16));
      }
      expect(replace.mock.calls.length).toBeLessThanOrEqual(duration / REPLACE_INTERVAL_MS + 2);
      expect(replace.mock.calls.length).toBeGreaterThan(duration / REPLACE_INTERVAL_MS / 2);
    });

    it('flushes a pending move onto the current entry before pushing', () => {
      vi.useFakeTimers();
      const { result } = load('');
      act(() => result.current.navigate((s) => ({ ...s, map: view(1) }), 'replace'));
      act(() => result.current.navigate((s) => ({ ...s, map: view(2) }), 'replace'));
      const replace = vi.spyOn(window.history, 'replaceState');
      const push = vi.spyOn(window.history, 'pushState');
      act(() => result.current.navigate((s) => select(s, { kind: 'bloc', id: 'EU' }), 'push'));
      expect(replace).toHaveBeenCalledWith(null, '', '#map=5/40/2');
      expect(push).toHaveBeenCalledWith(null, '', '#map=5/40/2&sel=bloc:EU');
      expect(replace.mock.invocationCallOrder[0]).toBeLessThan(push.mock.invocationCallOrder[0] ?? 0);
    });

    it('drops a pending move when the address bar changes under it', () => {
      vi.useFakeTimers();
      const { result } = load('');
      act(() => result.current.navigate((s) => ({ ...s, map: view(1) }), 'replace'));
      act(() => result.current.navigate((s) => ({ ...s, map: view(2) }), 'replace'));
      act(() => {
        window.history.replaceState(null, '', '#sel=country:RUS');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      act(() => vi.advanceTimersByTime(10 * REPLACE_INTERVAL_MS));
      expect(window.location.hash).toBe('#sel=country:RUS');
      expect(result.current.state.map).toBeNull();
    });

    it('writes a pending move on unmount', () => {
      vi.useFakeTimers();
      const { result, unmount } = load('');
      act(() => result.current.navigate((s) => ({ ...s, map: view(1) }), 'replace'));
      act(() => result.current.navigate((s) => ({ ...s, map: view(2) }), 'replace'));
      unmount();
      expect(window.location.hash).toBe('#map=5/40/2');
    });
  });
});

describe('useHashState at start-up', () => {
  it('takes start-up’s parse of the link when the address bar still holds it', () => {
    window.history.replaceState(null, '', '/#sel=country:TUR');
    const initial = parseHash(window.location.hash, catalog);
    const { result } = renderHook(() => useHashState(catalog, initial));
    expect(result.current.state.sel).toEqual({ kind: 'country', id: 'TUR' });
    expect(result.current.source).toBe('url');
  });

  it('reads the address bar again when it changed while the app was starting (a link followed meanwhile)', () => {
    window.history.replaceState(null, '', '/');
    const initial = parseHash(window.location.hash, catalog);
    // The hash changes before the app has mounted: no listener was there to hear it.
    window.history.replaceState(null, '', '/#sel=country:GEO&year=2010');
    const { result } = renderHook(() => useHashState(catalog, initial));
    expect(result.current.state.sel).toEqual({ kind: 'country', id: 'GEO' });
    expect(result.current.state.year).toBe(2010);
  });
});
