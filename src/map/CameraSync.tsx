import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds, type FitBoundsOptions, type LatLngBoundsExpression } from 'leaflet';
import { afterNextPaint } from '../state/after-next-paint';
import { useLatest } from '../state/use-latest';
import type { FitRequest } from '../state/use-view-actions';
import type { MapView } from '../state/view-state';
import { DEFAULT_BOUNDS, fitPadding } from './base-map';

interface CameraSyncProps {
  /** The camera a link asks for (null = the default view); applied only when `fromUrl`. */
  view: MapView | null;
  fromUrl: boolean;
  fit: FitRequest | null;
  /** Pixels on the right covered by the layers box on wide screens, kept clear when fitting. */
  insetRight: number;
  onMove: (view: MapView) => void;
}

const USER_INPUT = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
const close = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;

/**
 * Moves the camera with `useMap()` (react-leaflet's props are read only once) and reports the
 * reader's moves: a drag, wheel, key or button, or a fit the reader asked for. Moves the app makes
 * on its own (the default framing, a linked view, a resize when a panel opens) are not reported,
 * so the plain URL stays clean and a link is never rewritten on load.
 */
export function CameraSync({ view, fromUrl, fit, insetRight, onMove }: CameraSyncProps) {
  const map = useMap();
  const reportNext = useRef(false);
  /** The view to hold on resize until the reader moves: the default framing or a linked view. */
  const pinned = useRef<MapView | 'default' | null>(null);
  const onMoveRef = useLatest(onMove);
  const paddingRef = useLatest((): FitBoundsOptions => fitPadding(map.getContainer().clientWidth, insetRight));
  /** Puts the camera back on the pinned view (nothing to do once the reader has moved). */
  const showPinned = useLatest(() => {
    const held = pinned.current;
    if (held === 'default') map.fitBounds(DEFAULT_BOUNDS as LatLngBoundsExpression, { ...paddingRef.current(), animate: false });
    else if (held) map.setView([held.lat, held.lng], held.zoom, { animate: false });
  });

  useEffect(() => {
    if (!fromUrl) return;
    reportNext.current = false;
    // Held for resizes even when the map shows it already (it arrives in the link's view).
    pinned.current = view ?? 'default';
    if (view !== null) {
      const c = map.getCenter();
      if (close(map.getZoom(), view.zoom, 0.01) && close(c.lat, view.lat, 1e-3) && close(c.lng, view.lng, 1e-3)) return;
    }
    showPinned.current();
  }, [map, view, fromUrl, showPinned]);

  useEffect(() => {
    if (!fit) return;
    reportNext.current = true;
    pinned.current = null;
    map.flyToBounds(latLngBounds(fit.bounds), { ...paddingRef.current(), maxZoom: 7, duration: 0.6 });
  }, [map, fit, paddingRef]);

  useEffect(() => {
    // Leaflet only watches the window; the map's box also changes when a panel opens or closes.
    // Redrawing every shape is the slow part of opening a panel, so it waits until the panel has
    // been painted. The observer also reports the size it starts with; only a change needs it.
    let cancel: (() => void) | null = null;
    const box = map.getContainer();
    let size = [box.clientWidth, box.clientHeight];
    const refit = () => {
      cancel = null;
      map.invalidateSize({ pan: pinned.current === null, animate: false });
      showPinned.current();
    };
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === size[0] && box.clientHeight === size[1]) return;
      size = [box.clientWidth, box.clientHeight];
      cancel ??= afterNextPaint(refit);
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      cancel?.();
    };
  }, [map, showPinned]);

  useEffect(() => {
    const container = map.getContainer();
    const arm = () => {
      reportNext.current = true;
    };
    // A plain click (no drag) moves nothing; don't let it arm a later resize.
    const disarm = () => {
      reportNext.current = false;
    };
    const report = () => {
      if (!reportNext.current) return;
      pinned.current = null;
      const c = map.getCenter();
      onMoveRef.current({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    };
    for (const type of USER_INPUT) container.addEventListener(type, arm, { passive: true });
    map.on('click', disarm);
    map.on('moveend', report);
    return () => {
      for (const type of USER_INPUT) container.removeEventListener(type, arm);
      map.off('click', disarm);
      map.off('moveend', report);
    };
  }, [map]);

  return null;
}
