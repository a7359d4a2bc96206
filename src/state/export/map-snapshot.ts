/** A name on the map as it stands: its centre in the map's box, its text and its type. */
export interface SnapshotLabel {
  x: number;
  y: number;
  text: string;
  fontSize: string;
  fontWeight: string;
  fontStyle: string;
  color: string;
}

/**
 * What the map shows right now, taken from the page itself: the one SVG of shapes (countries,
 * links, routes) placed in the map's box, and the names and capital dots over it. Pure data and
 * markup, with nothing from another host, for a figure (./figure.ts). Taken by map/snapshot.ts.
 */
export interface MapSnapshot {
  width: number;
  height: number;
  background: string;
  /** The shapes as an `<svg>` element's markup, positioned (x, y, width, height) in the map's box. */
  shapes: string;
  labels: SnapshotLabel[];
  dots: { x: number; y: number }[];
  leaders: { x1: number; y1: number; x2: number; y2: number }[];
}
