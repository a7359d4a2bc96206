import { describe, expect, it } from 'vitest';
import {
  defaultViewState,
  isKnownSelection,
  isLayerVisible,
  normalizeLayers,
  sameSelection,
  sameViewState,
  select,
  toggleLayer,
  visibleLayers,
  type ViewState,
} from '../../../src/state/view-state';
import { catalog } from './catalog-fixture';

const withLayers = (layers: readonly string[] | null): ViewState => ({ ...defaultViewState, layers });

describe('layers', () => {
  it('null means the defaults', () => {
    expect(visibleLayers(defaultViewState, catalog)).toEqual(['btc', 'scp', 'tanap', 'tap', 'btk']);
    expect(visibleLayers(withLayers([]), catalog)).toEqual([]);
  });

  it('normalizes to catalog order, expands groups, and gives null for the defaults', () => {
    expect(normalizeLayers(['btk', 'sgc', 'btk', 'nope'], catalog)).toEqual(['scp', 'tanap', 'tap', 'btk']);
    expect(normalizeLayers(['btk', 'sgc', 'btc'], catalog)).toBeNull();
  });

  it('toggles a route off and back on, returning to the default (null)', () => {
    const off = toggleLayer(defaultViewState, catalog, 'btc');
    expect(off.layers).toEqual(['scp', 'tanap', 'tap', 'btk']);
    expect(isLayerVisible(off, catalog, 'btc')).toBe(false);
    expect(toggleLayer(off, catalog, 'btc').layers).toBeNull();
  });

  it('toggles a group as one, switching a partly shown group fully on', () => {
    const off = toggleLayer(defaultViewState, catalog, 'sgc');
    expect(off.layers).toEqual(['btc', 'btk']);
    const partial = toggleLayer(off, catalog, 'tap');
    expect(isLayerVisible(partial, catalog, 'sgc')).toBe(false);
    expect(toggleLayer(partial, catalog, 'sgc').layers).toBeNull();
  });

  it('ignores unknown ids', () => {
    expect(toggleLayer(defaultViewState, catalog, 'nope')).toBe(defaultViewState);
    expect(isLayerVisible(defaultViewState, catalog, 'nope')).toBe(false);
  });
});

describe('selection', () => {
  it('compares by kind and id', () => {
    expect(sameSelection({ kind: 'country', id: 'TUR' }, { kind: 'country', id: 'TUR' })).toBe(true);
    expect(sameSelection({ kind: 'route', id: 'btc' }, { kind: 'country', id: 'btc' })).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(null, { kind: 'org', id: 'un' })).toBe(false);
  });

  it('select returns the same state for the same selection, and null closes', () => {
    const selected = select(defaultViewState, { kind: 'bloc', id: 'EU' });
    expect(selected.sel).toEqual({ kind: 'bloc', id: 'EU' });
    expect(select(selected, { kind: 'bloc', id: 'EU' })).toBe(selected);
    expect(select(selected, null)).toEqual(defaultViewState);
  });

  it('knows which ids exist for each kind', () => {
    expect(isKnownSelection({ kind: 'country', id: 'GEO' }, catalog)).toBe(true);
    expect(isKnownSelection({ kind: 'route', id: 'sgc' }, catalog)).toBe(false);
    expect(isKnownSelection({ kind: 'org', id: 'TUR' }, catalog)).toBe(false);
  });
});

describe('sameViewState', () => {
  it('compares by value', () => {
    const a: ViewState = { map: { zoom: 5, lat: 40, lng: 49 }, sel: null, layers: ['btc'], year: 2000, focus: null, embed: false };
    expect(sameViewState(a, { ...a, map: { zoom: 5, lat: 40, lng: 49 }, layers: ['btc'] })).toBe(true);
    expect(sameViewState(a, { ...a, map: { zoom: 5, lat: 40, lng: 49.1 } })).toBe(false);
    expect(sameViewState(a, { ...a, layers: null })).toBe(false);
    expect(sameViewState(a, { ...a, year: null })).toBe(false);
  });
});
