import { describe, expect, it } from 'vitest';
import { fitsInside, type LabelCandidate, overlaps, placeLabels } from '../../../src/geo/labels';

const view = { left: 0, top: 0, right: 800, bottom: 600 };
const label = (id: string, x: number, y: number, more: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  priority: 5,
  x,
  y,
  width: 60,
  height: 14,
  room: 50,
  leader: false,
  ...more,
});
const boxOf = (p: { x: number; y: number }, c: LabelCandidate) => ({
  left: p.x - c.width / 2,
  top: p.y - c.height / 2,
  right: p.x + c.width / 2,
  bottom: p.y + c.height / 2,
});

/** Scatters candidates as a map at a zoom would: more and denser as `scale` grows. */
function scattered(scale: number): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (let i = 0; i < 60; i++) {
    const x = 40 + ((i * 137) % 720);
    const y = 30 + ((i * 89) % 540);
    out.push(label(`c${i}`, x, y, { priority: i % 7, room: (i % 5) * 6 * scale, width: 40 + (i % 4) * 15, leader: i % 3 === 0 }));
  }
  return out;
}

describe('placeLabels', () => {
  it.each([0.5, 1, 2, 4])('never lets two labels overlap, at scale %s', (scale) => {
    const cands = scattered(scale);
    const placed = placeLabels(cands, view);
    const boxes = placed.map((p) => boxOf(p, cands.find((c) => c.id === p.id) as LabelCandidate));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i] as never, boxes[j] as never)).toBe(false);
    for (const b of boxes) expect(b.left >= 0 && b.top >= 0 && b.right <= 800 && b.bottom <= 600).toBe(true);
  });

  it('gives a contested spot to the higher priority, whatever the input order', () => {
    const low = label('rest', 100, 100, { priority: 4 });
    const high = label('focus', 105, 102, { priority: 1 });
    expect(placeLabels([low, high], view).map((p) => p.id)).toEqual(['focus']);
    expect(placeLabels([high, low], view).map((p) => p.id)).toEqual(['focus']);
  });

  it('puts a name that fits inside its shape on the anchor, without a leader', () => {
    const [p] = placeLabels([label('big', 300, 300)], view);
    expect(p).toEqual({ id: 'big', x: 300, y: 300, leader: null });
  });

  it('puts a small country beside its shape with a leader, or leaves it out when leaders are not allowed', () => {
    const small = label('small', 300, 300, { room: 5, leader: true });
    const [p] = placeLabels([small], view);
    expect(p?.leader).not.toBeNull();
    expect(p && p.x - 30).toBeGreaterThan(300 + 5);
    expect(placeLabels([{ ...small, leader: false }], view)).toEqual([]);
  });

  it('tries the other sides when the first is taken, and keeps out of blocked boxes', () => {
    const blocker = { left: 300, top: 250, right: 500, bottom: 350 };
    const [p] = placeLabels([label('small', 300, 300, { room: 5, leader: true })], view, [blocker]);
    expect(p?.x).toBeLessThan(300);
  });

  it('names a point beside it, and drops labels that would leave the view', () => {
    const capital = label('cap', 400, 300, { room: 0 });
    const [p] = placeLabels([capital], view);
    expect(p?.leader).toBeNull();
    expect(p?.x).toBeGreaterThan(400);
    const small = { left: 0, top: 0, right: 150, bottom: 40 };
    expect(placeLabels([label('edge', 10, 10, { room: 5, leader: true, width: 200 })], small)).toEqual([]);
  });

  it('fitsInside compares the name with the room at the anchor', () => {
    expect(fitsInside({ width: 60, height: 14, room: 30 })).toBe(true);
    expect(fitsInside({ width: 120, height: 14, room: 30 })).toBe(false);
    expect(fitsInside({ width: 10, height: 10, room: 0 })).toBe(false);
  });
});

describe('a small shape whose inside spot is taken', () => {
  it('is named beside it with a leader, when leaders are allowed', () => {
    const first = label('first', 300, 300, { priority: 0 });
    const small = label('small', 302, 301, { priority: 1, room: 40, leader: true });
    const placed = placeLabels([first, small], view);
    expect(placed.map((p) => p.id)).toEqual(['first', 'small']);
    expect(placed[1]?.leader).not.toBeNull();
  });
});
