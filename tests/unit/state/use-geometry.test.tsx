// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

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

/** The geometry modules afresh: the early load lives in module state. */
const freshModule = async () => ({
  ...(await import('../../../src/state/geometry-load')),
  ...(await import('../../../src/state/use-geometry')),
});

beforeEach(() => {
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../../src/state/geometry-load');
});

describe('useGeometry with the early load', () => {
  it('geometry that is in before the first render is drawn by it, without a second download', async () => {
    const { fetch } = serveGeometry();
    const { startGeometryLoad, useGeometry } = await freshModule();
    await startGeometryLoad();
    const { result } = renderHook(() => useGeometry());
    expect(result.current.status).toBe('ready');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('an early load still on its way is taken over, not started again', async () => {
    const { fetch } = serveGeometry();
    const { startGeometryLoad, useGeometry } = await freshModule();
    void startGeometryLoad();
    const { result } = renderHook(() => useGeometry());
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a failed early load shows its error, and Retry downloads again and recovers', async () => {
    const { fetch, control } = serveGeometry({ failing: true, status: 503 });
    const { startGeometryLoad, useGeometry } = await freshModule();
    await startGeometryLoad();
    const { result } = renderHook(() => useGeometry());
    expect(result.current).toMatchObject({ status: 'error', message: expect.stringContaining('HTTP 503') });
    control.failing = false;
    act(() => result.current.retry());
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('without an early load, the hook downloads the geometry itself', async () => {
    const { fetch } = serveGeometry();
    const { useGeometry } = await freshModule();
    const { result } = renderHook(() => useGeometry());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a load that settles between the first render and its effect still reaches the map', async () => {
    serveGeometry();
    const real = await import('../../../src/state/geometry-load');
    const settled = await real.startGeometryLoad();
    let reads = 0;
    // The render reads the first load before it has settled; the effect, just after, reads it settled.
    vi.doMock('../../../src/state/geometry-load', () => ({
      ...real,
      firstGeometryLoad: () =>
        reads++ === 0 ? { load: Promise.resolve(settled), result: null } : { load: Promise.resolve(settled), result: settled },
    }));
    const { useGeometry } = await freshModule();
    const { result } = renderHook(() => useGeometry());
    await waitFor(() => expect(result.current.status).toBe('ready'));
  });
});
