import { type FitBoundsOptions, latLngBounds, type Map as LeafletMap } from 'leaflet';
import { type RefObject, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { afterNextPaint } from '../lib/after-next-paint';
import { useLatest } from '../lib/use-latest';
import type { Bounds } from '../geo/bounds';
import type { FitRequest } from '../state/hooks/use-view-actions';
import type { FocusDataset } from '../data/schema';
import type { MapView } from '../state/view-state';
import { defaultBounds, type FrameInsets, fitPadding } from './framing';

interface CameraSyncProps {
  /** The camera a link asks for (null = the default view); applied only when `fromUrl`. */
  view: MapView | null;
  fromUrl: boolean;
  /** The focus country's first views, shown when a link asks for no view and no selection. */
  defaultViews: FocusDataset['views'];
  /** What a link with a selection and no view frames: the selection's bounds (null: the default view). */
  linkedFrame: Bounds | null;
  fit: FitRequest | null;
  /** What covers the map (the layers box, a phone's bottom sheet), kept clear when framing. */
  insets: FrameInsets;
  onMove: (view: MapView) => void;
}

/**
 * The camera's states, in `pinned`:
 * - 'default': showing the default framing, held (refitted) when the map's box changes size;
 * - a MapView: showing a linked view, held the same way;
 * - { bounds }: framing a linked selection (a link with `sel` and no `map`), held the same way;
 * - null: the reader (or a fit the reader asked for) moved the camera; nothing is held.
 * And in `reportNext`: whether the next `moveend` is the reader's, to be written to the URL.
 */
type Pinned = MapView | 'default' | { bounds: Bounds } | null;
/** How close a framed selection may come: a small country is not blown up to fill the screen. */
const FRAME_MAX_ZOOM = 7;

interface Camera {
  pinned: RefObject<Pinned>;
  reportNext: RefObject<boolean>;
  /** Puts the camera back on the pinned view (nothing to do once the reader has moved). */
  showPinned: RefObject<() => void>;
  padding: RefObject<() => FitBoundsOptions>;
}

const USER_INPUT = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
const near = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;
const showsView = (map: LeafletMap, view: MapView) => {
  const c = map.getCenter();
  return near(map.getZoom(), view.zoom, 0.01) && near(c.lat, view.lat, 1e-3) && near(c.lng, view.lng, 1e-3);
};

/**
 * Moves the camera with `useMap()` (react-leaflet's props are read only once) and reports the
 * reader's moves: a drag, wheel, key or button, or a fit the reader asked for. Moves the app makes
 * on its own (the default framing, a linked view, a resize when a panel opens) are not reported,
 * so the plain URL stays clean and a link is never rewritten on load.
 */
export function CameraSync({ view, fromUrl, defaultViews, linkedFrame, fit, insets, onMove }: CameraSyncProps) {
  const map = useMap();
  const pinned = useRef<Pinned>(null);
  const reportNext = useRef(false);
  const padding = useLatest((): FitBoundsOptions => {
    const box = map.getContainer();
    return fitPadding({ width: box.clientWidth, height: box.clientHeight }, insets);
  });
  const showPinned = useLatest(() => {
    const held = pinned.current;
    if (held === 'default') map.fitBounds(defaultBounds(defaultViews), { ...padding.current(), animate: false });
    else if (held && 'bounds' in held)
      map.fitBounds(latLngBounds(held.bounds), { ...padding.current(), maxZoom: FRAME_MAX_ZOOM, animate: false });
    else if (held) map.setView([held.lat, held.lng], held.zoom, { animate: false });
  });
  const camera: Camera = { pinned, reportNext, showPinned, padding };

  useApplyLinkedView(map, camera, view, fromUrl, linkedFrame);
  useFrameSelection(map, camera, fit);
  useRefitOnResize(map, camera);
  useReportReaderMoves(map, camera, onMove);
  return null;
}

/**
 * A link's view is shown and held until the reader moves; a link with a selection and no view
 * frames the selection; a plain link, the default view. A link's `map` always wins.
 */
function useApplyLinkedView(
  map: LeafletMap,
  { pinned, reportNext, showPinned }: Camera,
  view: MapView | null,
  fromUrl: boolean,
  linkedFrame: Bounds | null,
) {
  useEffect(() => {
    if (!fromUrl) return;
    reportNext.current = false;
    // Held for resizes even when the map shows it already (it arrives in the link's view).
    pinned.current = view ?? (linkedFrame ? { bounds: linkedFrame } : 'default');
    if (view === null || !showsView(map, view)) showPinned.current();
  }, [map, view, fromUrl, linkedFrame, pinned, reportNext, showPinned]);
}

/** Something chosen in a list, search or panel is framed, clear of what covers the map. */
function useFrameSelection(map: LeafletMap, { pinned, reportNext, padding }: Camera, fit: FitRequest | null) {
  useEffect(() => {
    if (!fit) return;
    reportNext.current = true;
    pinned.current = null;
    map.flyToBounds(latLngBounds(fit.bounds), { ...padding.current(), maxZoom: FRAME_MAX_ZOOM, duration: 0.6 });
  }, [map, fit, pinned, reportNext, padding]);
}

/**
 * Leaflet only watches the window; the map's box also changes when a panel opens or closes.
 * Redrawing every shape is the slow part of opening a panel, so it waits until the panel has
 * been painted. The observer also reports the size it starts with; only a change needs it.
 */
function useRefitOnResize(map: LeafletMap, { pinned, showPinned }: Camera) {
  useEffect(() => {
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
  }, [map, pinned, showPinned]);
}

/** The reader's own moves (and fits they asked for) are reported, and end any hold. */
function useReportReaderMoves(map: LeafletMap, { pinned, reportNext }: Camera, onMove: (view: MapView) => void) {
  const onMoveRef = useLatest(onMove);
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
  }, [map, pinned, reportNext, onMoveRef]);
}
