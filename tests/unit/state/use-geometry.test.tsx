// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settling } from '../../../src/lib/settling';
import { type GeometryState, loadGeometryState } from '../../../src/state/geometry-load';
import { useGeometry } from '../../../src/state/hooks/use-geometry';

// Read from the project root: under jsdom, import.meta.url is not a file URL.
const geoFile = (name: string) => readFileSync(path.join(process.cwd(), 'public/geo', name), 'utf8');
const files: Record<string, string> = {
  'countries.topo.json': geoFile('countries.topo.json'),
  'routes.geojson': geoFile('routes.geojson'),
};

/** A fetch that serves the committed geometry, failing with `status` while `failing` is true. */
function serveGeometry(control = { failing: false, status: 503 }) {
  const fetch = vi.fn(async (url: string) => {
    const body = files[url.split('/').pop() ?? ''];
    if (control.failing || body === undefined) return new Response('', { status: control.status });
    return new Response(body, { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, control };
}

/** The page's first load, as start-up (boot/) hands it to the app. */
const firstLoad = () => settling(loadGeometryState('/'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useGeometry takes over the first load', () => {
  it('geometry that is in before the first render is drawn by it, without a second download', async () => {
    const { fetch } = serveGeometry();
    const first = firstLoad();
    await first.promise;
    const { result } = renderHook(() => useGeometry(first));
    expect(result.current.status).toBe('ready');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a first load still on its way is taken over, not started again', async () => {
    const { fetch } = serveGeometry();
    const first = firstLoad();
    const { result } = renderHook(() => useGeometry(first));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a failed first load shows its error, and Retry downloads again and recovers', async () => {
    const { fetch, control } = serveGeometry({ failing: true, status: 503 });
    const first = firstLoad();
    await first.promise;
    const { result } = renderHook(() => useGeometry(first));
    expect(result.current).toMatchObject({ status: 'error', message: expect.stringContaining('HTTP 503') });
    control.failing = false;
    act(() => result.current.retry());
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('a load that settles between the first render and its effect still reaches the map', async () => {
    serveGeometry();
    const settled = await loadGeometryState('/');
    let release: (s: GeometryState) => void = () => undefined;
    const first = settling(new Promise<GeometryState>((resolve) => (release = resolve)));
    // Settle it during the first render, after the render has read it as not yet in.
    const { result } = renderHook(() => {
      const state = useGeometry(first);
      release(settled);
      return state;
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
  });
});

describe('settling', () => {
  it('reads nothing before the promise resolves, and its value after', async () => {
    const s = settling(Promise.resolve(42));
    expect(s.current()).toBeUndefined();
    await s.promise;
    expect(s.current()).toBe(42);
  });
});
