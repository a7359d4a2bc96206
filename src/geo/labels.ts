/**
 * Label placement on screen: which names the map shows at a zoom, and where, so that no two
 * overlap. Pure: boxes in, boxes out (pixels); the map layer measures and draws them.
 *
 * Candidates are placed in priority order (lower first), each at the first position that is
 * free: centred on its anchor when the name fits inside the shape there (`room`, the radius of
 * the largest circle that fits, in pixels), otherwise — when `leader` allows — beside the shape
 * with a short leader line, or, for a point such as a capital dot, beside the point.
 */

export interface LabelCandidate {
  id: string;
  /** Lower is placed first: the selection, the focus country, partners by weight, then the rest. */
  priority: number;
  /** The anchor on screen: a label point inside a shape, or a point (a capital's dot). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Radius in pixels of the largest circle inside the shape at the anchor; 0 for a point. */
  room: number;
  /** Whether it may go beside its shape (with a leader) when it does not fit inside. */
  leader: boolean;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  id: string;
  /** The centre of the label's box. */
  x: number;
  y: number;
  /** From the shape's edge to the label, when it was placed beside the shape. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** How much wider than the inscribed circle a name may be and still count as inside (shapes are rarely round). */
const FIT_SLACK = 1.3;
/** Gap between a shape (or a point) and a label placed beside it, in pixels. */
const GAP = 8;
/** Above this room (pixels), a shape is big enough that a name beside it would be far from it. */
const MAX_LEADER_ROOM = 60;
/** Space kept between two labels, in pixels. */
const PAD = 2;

const boxAt = (cx: number, cy: number, w: number, h: number): Box => ({
  left: cx - w / 2,
  top: cy - h / 2,
  right: cx + w / 2,
  bottom: cy + h / 2,
});

export const overlaps = (a: Box, b: Box, pad = 0): boolean =>
  a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;

/** Whether a name fits inside its shape at this zoom. */
export const fitsInside = (c: Pick<LabelCandidate, 'width' | 'height' | 'room'>): boolean =>
  c.room > 0 && c.width <= 2 * c.room * FIT_SLACK && c.height <= 2 * c.room;

/** The positions to try for a candidate, best first, with the leader each needs. */
function positionsFor(c: LabelCandidate): PlacedLabel[] {
  const inside: PlacedLabel[] = fitsInside(c) ? [{ id: c.id, x: c.x, y: c.y, leader: null }] : [];
  // Beside the shape: for a point, or when leaders are allowed (also when the inside spot is taken).
  if (!c.leader && c.room > 0) return inside;
  // A large shape whose inside spot is taken is not named from far outside it.
  if (inside.length > 0 && c.room > MAX_LEADER_ROOM) return inside;
  return [...inside, ...besidePositions(c)];
}

function besidePositions(c: LabelCandidate): PlacedLabel[] {
  const reach = c.room + GAP;
  const sides: [dx: number, dy: number][] = [
    [1, 0],
    [-1, 0],
    [0, -1],
    [0, 1],
  ];
  return sides.map(([dx, dy]) => {
    const x = c.x + dx * (reach + c.width / 2);
    const y = c.y + dy * (reach + c.height / 2);
    // A point needs no leader: its name sits right beside it.
    const leader =
      c.room > 0
        ? { x1: c.x + dx * c.room * 0.6, y1: c.y + dy * c.room * 0.6, x2: c.x + dx * (reach - 2), y2: c.y + dy * (reach - 2) }
        : null;
    return { id: c.id, x, y, leader };
  });
}

/**
 * Places labels without overlaps, in priority order, inside `viewport` (and outside `blocked`
 * boxes such as floating controls). Ties keep the input order. Returns the placed labels in
 * the order they were placed.
 */
export function placeLabels(candidates: readonly LabelCandidate[], viewport: Box, blocked: readonly Box[] = []): PlacedLabel[] {
  const taken: Box[] = [...blocked];
  const placed: PlacedLabel[] = [];
  const ordered = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i);
  for (const { c } of ordered) {
    for (const spot of positionsFor(c)) {
      const box = boxAt(spot.x, spot.y, c.width, c.height);
      const inView = box.left >= viewport.left && box.top >= viewport.top && box.right <= viewport.right && box.bottom <= viewport.bottom;
      if (!inView || taken.some((t) => overlaps(box, t, PAD))) continue;
      taken.push(box);
      placed.push(spot);
      break;
    }
  }
  return placed;
}
