import type { SegmentStatus } from '../data/load-geometry';
import type { RelationKindId, RouteType } from '../data/schema';

/**
 * Colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies), always
 * paired with a dash pattern so colour is never the only cue.
 */
export const KIND_STYLE: Record<RelationKindId, { color: string; fill: string; dashArray?: string }> = {
  alliance: { color: '#0072B2', fill: '#0072B2' },
  strategic: { color: '#007A5A', fill: '#009E73', dashArray: '10 5' },
  cooperative: { color: '#5B6770', fill: '#9AA5AD', dashArray: '2 5' },
  adversarial: { color: '#C04A00', fill: '#D55E00', dashArray: '12 4 2 4' },
};

/** Route types: colour plus an overlay pattern drawn on top of the main line. */
export const ROUTE_STYLE: Record<
  RouteType,
  { color: string; label: string; overlay?: { color: string; dashArray?: string; weightRatio: number } }
> = {
  oil: { color: '#1f1f1f', label: 'Oil pipeline' },
  gas: { color: '#A0447D', label: 'Gas pipeline', overlay: { color: '#ffffff', weightRatio: 0.3 } },
  rail: { color: '#0b5d8f', label: 'Railway', overlay: { color: '#ffffff', dashArray: '2 8', weightRatio: 0.6 } },
  corridor: { color: '#7a5c00', label: 'Multimodal corridor', overlay: { color: '#F0E442', dashArray: '1 7', weightRatio: 0.5 } },
};

/** A strained relationship: an outline in Okabe–Ito orange, dashed, on top of the kind's fill. */
export const STRAIN_STYLE = { color: '#C26A00', dashArray: '5 3', weight: 2 };

/** Countries highlighted for an organisation: full members solid yellow, partner-type standings hatched lighter. */
export const ORG_HIGHLIGHT = {
  member: { fill: '#F0E442', opacity: 0.75, border: '#6b5e00' },
  partner: { fill: '#F0E442', opacity: 0.3, border: '#8a7d00', dashArray: '3 3' },
};

export const MAP_COLORS = {
  land: '#fbfaf6',
  border: '#9a968c',
  focus: '#0b3954',
  highlight: '#000000',
};

/** Dash pattern by segment status: built solid, under construction dashed, planned dotted. */
export const STATUS_DASH: Record<SegmentStatus, string | undefined> = {
  built: undefined,
  'under-construction': '9 6',
  planned: '1 7',
};
