import type { Map as LeafletMap } from 'leaflet';
import { memo, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { Place } from '../data/schema';
import { type LabelCandidate, type PlacedLabel, placeLabels } from '../geo/labels';
import { onIdle } from '../lib/on-idle';
import type { LabelSpec } from '../state/label-model';

const PANE = 'labels';
/** Fonts by label style, as map.css sets them: measured with the same string. */
const FONT: Record<LabelSpec['style'], string> = {
  focus: '700 13px system-ui, sans-serif',
  partner: '600 12px system-ui, sans-serif',
  country: '400 11px system-ui, sans-serif',
  capital: 'italic 400 11px system-ui, sans-serif',
  stop: '600 11px system-ui, sans-serif',
};
const LINE_HEIGHT: Record<LabelSpec['style'], number> = { focus: 15, partner: 14, country: 13, capital: 13, stop: 13 };
/** Labels are placed for a margin around the view too, so that a pan shows names at once. */
const MARGIN = 0.5;

interface Shown {
  spec: LabelSpec;
  placed: PlacedLabel;
  /** Layer-pixel offset of the view's corner at placement: labels are drawn in layer pixels. */
  origin: { x: number; y: number };
}

/**
 * Measures text with a canvas (no layout), each name once for the layer's life; falls back to an
 * estimate where there is no canvas (tests).
 */
function useTextWidth(): (text: string, style: LabelSpec['style']) => number {
  return useMemo(() => {
    const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    const known = new Map<string, number>();
    return (text, style) => {
      const key = `${style}|${text}`;
      const cached = known.get(key);
      if (cached !== undefined) return cached;
      let width = text.length * 6.5;
      if (ctx) {
        ctx.font = FONT[style];
        width = Math.ceil(ctx.measureText(text).width) + 4;
      }
      known.set(key, width);
      return width;
    };
  }, []);
}

function placeAll(map: LeafletMap, specs: readonly LabelSpec[], width: (text: string, style: LabelSpec['style']) => number): Shown[] {
  const zoom = map.getZoom();
  const size = map.getSize();
  const pxPerDegree = (256 * 2 ** zoom) / 360;
  const view = { left: -size.x * MARGIN, top: -size.y * MARGIN, right: size.x * (1 + MARGIN), bottom: size.y * (1 + MARGIN) };
  // One candidate per group: the first whose point is on screen, else the first in the margin.
  const chosen = new Map<string, { spec: LabelSpec; x: number; y: number; onScreen: boolean }>();
  for (const spec of specs) {
    if (zoom < spec.minZoom || chosen.get(spec.group)?.onScreen) continue;
    const p = map.latLngToContainerPoint([spec.lat, spec.lng]);
    if (p.x < view.left || p.x > view.right || p.y < view.top || p.y > view.bottom) continue;
    const onScreen = p.x >= 0 && p.x <= size.x && p.y >= 0 && p.y <= size.y;
    if (!chosen.has(spec.group) || onScreen) chosen.set(spec.group, { spec, x: p.x, y: p.y, onScreen });
  }
  const byId = new Map<string, LabelSpec>();
  const candidates: LabelCandidate[] = [];
  for (const { spec, x, y } of chosen.values()) {
    byId.set(spec.id, spec);
    candidates.push({
      id: spec.id,
      priority: spec.priority,
      x,
      y,
      width: width(spec.text, spec.style),
      height: LINE_HEIGHT[spec.style],
      room: spec.r * pxPerDegree,
      leader: spec.leader,
    });
  }
  const origin = map.containerPointToLayerPoint([0, 0]);
  return placeLabels(candidates, view).flatMap((placed) => {
    const spec = byId.get(placed.id);
    return spec ? [{ spec, placed, origin: { x: origin.x, y: origin.y } }] : [];
  });
}

interface LabelsLayerProps {
  specs: readonly LabelSpec[];
  /** Drawn as small dots at every zoom: where the partner links end. */
  dots: readonly Place[];
}

/**
 * The names on the map: DOM text with a halo, in a pane of their own above the shapes. They take
 * no pointer events (a click on a name selects what lies under it) and are hidden from screen
 * readers (the panels, search and list view carry the names). Placement is redone when the map
 * stops moving or zooming, not on every frame of a pan; during a zoom animation they are hidden.
 */
export const LabelsLayer = memo(function LabelsLayer({ specs, dots }: LabelsLayerProps) {
  const map = useMap();
  const width = useTextWidth();
  const pane = useMemo(() => {
    const el = map.getPane(PANE) ?? map.createPane(PANE);
    el.setAttribute('aria-hidden', 'true');
    return el;
  }, [map]);
  const [shown, setShown] = useState<{ labels: Shown[]; zoom: number } | null>(null);

  useEffect(() => {
    const place = () => setShown({ labels: placeAll(map, specs, width), zoom: map.getZoom() });
    // New names (a selection, a year) are placed when the main thread is idle: a click paints
    // its panel first. A move or a zoom the reader made is answered at once.
    const cancel = onIdle(place, 400);
    map.on('moveend zoomend resize', place);
    return () => {
      cancel();
      map.off('moveend zoomend resize', place);
    };
  }, [map, specs, width]);

  const dotPoints = useMemo(
    () => (shown ? dots.map((d) => ({ name: d.name, at: map.latLngToLayerPoint([d.lat, d.lng]) })) : []),
    [map, dots, shown],
  );

  return createPortal(
    <>
      {dotPoints.map(({ name, at }) => (
        <span key={name} className="capital-dot" style={{ transform: `translate(${at.x}px, ${at.y}px)` }} />
      ))}
      {shown?.labels.map(({ spec, placed, origin }) => (
        <LabelText key={spec.id} spec={spec} placed={placed} origin={origin} />
      ))}
    </>,
    pane,
  );
});

function LabelText({ spec, placed, origin }: Shown) {
  const { leader } = placed;
  return (
    <>
      {leader && (
        <span
          className="label-leader"
          style={{
            width: `${Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1)}px`,
            transform: `translate(${leader.x1 + origin.x}px, ${leader.y1 + origin.y}px) rotate(${Math.atan2(leader.y2 - leader.y1, leader.x2 - leader.x1)}rad)`,
          }}
        />
      )}
      <span
        className={`map-label map-label-${spec.style}`}
        data-label={spec.group}
        style={{ transform: `translate(${placed.x + origin.x}px, ${placed.y + origin.y}px) translate(-50%, -50%)` }}
      >
        {spec.text}
      </span>
    </>
  );
}
