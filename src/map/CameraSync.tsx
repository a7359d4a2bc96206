import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { latLngBounds, type LatLngBoundsExpression } from 'leaflet';
import type { MapView } from '../state/view-state';
import { DEFAULT_BOUNDS } from './WorldMap';

export interface FitRequest {
  /** [[south, west], [north, east]] */
  bounds: [[number, number], [number, number]];
  /** A new object per request, so the same place can be fitted twice. */
  token: number;
}

interface CameraSyncProps {
  /** The camera a link asks for (null = the default view); applied only when `fromUrl`. */
  view: MapView | null;
  fromUrl: boolean;
  fit: FitRequest | null;
  /** Size changes of the map's box (a panel opening) that Leaflet cannot see. */
  layoutKey: string;
  onMove: (view: MapView) => void;
}

const close = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;

const USER_INPUT = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;

/**
 * Moves the camera with `useMap()` (react-leaflet's props are read only once) and reports the
 * reader's moves: a drag, wheel, key or button, or a fit the reader asked for. Moves the app makes
 * on its own (the default framing, a linked view, a resize when a panel opens) are not reported,
 * so the plain URL stays clean and a link is never rewritten on load.
 */
export function CameraSync({ view, fromUrl, fit, layoutKey, onMove }: CameraSyncProps) {
  const map = useMap();
  const reportNext = useRef(false);
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;

  useEffect(() => {
    if (!fromUrl) return;
    reportNext.current = false;
    if (view === null) {
      map.fitBounds(DEFAULT_BOUNDS as LatLngBoundsExpression, { animate: false });
      return;
    }
    const c = map.getCenter();
    if (close(map.getZoom(), view.zoom, 0.01) && close(c.lat, view.lat, 1e-3) && close(c.lng, view.lng, 1e-3)) return;
    map.setView([view.lat, view.lng], view.zoom, { animate: false });
  }, [map, view, fromUrl]);

  useEffect(() => {
    if (!fit) return;
    reportNext.current = true;
    map.flyToBounds(latLngBounds(fit.bounds), { padding: [24, 24], maxZoom: 7, duration: 0.6 });
  }, [map, fit]);

  useEffect(() => {
    map.invalidateSize({ pan: false });
  }, [map, layoutKey]);

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
