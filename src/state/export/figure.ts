import type { MapSnapshot } from './map-snapshot';

/** A line of the figure's legend: a swatch (a line in a colour and dash) and its words. */
export interface LegendEntry {
  label: string;
  color: string;
  dashArray?: string | undefined;
  /** An outline swatch (a strain) rather than a line. */
  outline?: boolean;
}

export interface FigureText {
  title: string;
  /** E.g. "Today (dataset as of 1 Dec 2026)" or "1998". */
  when: string;
  legend: readonly LegendEntry[];
  credit: string;
  link: string;
}

const HEADER = 64;
const LEGEND_ROW = 22;
const FOOTER = 52;
const PAD = 16;

/** Text made safe inside an XML element or a double-quoted attribute. */
export const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Legend entries laid out left to right, wrapping: each entry's width estimated from its words. */
function legendRows(entries: readonly LegendEntry[], width: number): { entry: LegendEntry; x: number; row: number }[] {
  let x = PAD;
  let row = 0;
  return entries.map((entry) => {
    const w = 40 + entry.label.length * 6.6 + 18;
    if (x + w > width - PAD && x > PAD) {
      row += 1;
      x = PAD;
    }
    const placed = { entry, x, row };
    x += w;
    return placed;
  });
}

function swatch({ entry, x, row }: { entry: LegendEntry; x: number; row: number }, top: number): string {
  const y = top + row * LEGEND_ROW + 11;
  const dash = entry.dashArray ? ` stroke-dasharray="${xml(entry.dashArray)}"` : '';
  const mark = entry.outline
    ? `<rect x="${x}" y="${y - 6}" width="30" height="12" fill="none" stroke="${xml(entry.color)}" stroke-width="2"${dash}/>`
    : `<line x1="${x}" y1="${y}" x2="${x + 30}" y2="${y}" stroke="${xml(entry.color)}" stroke-width="3"${dash}/>`;
  return `${mark}<text x="${x + 38}" y="${y + 4}" font-size="12" fill="#1b1b1b">${xml(entry.label)}</text>`;
}

/**
 * The view as one self-contained SVG: a title band (what the view shows, and when), the map as
 * it stands with its names, a legend of what is shown, the boundary credit and the view's link.
 * It references nothing outside itself and has no style attributes (only presentation attributes,
 * which the Content Security Policy allows), so it renders the same in an <img> and in print.
 */
export function composeFigure(snapshot: MapSnapshot, text: FigureText): { svg: string; width: number; height: number } {
  const { width } = snapshot;
  const placed = legendRows(text.legend, width);
  const rows = placed.length > 0 ? Math.max(...placed.map((p) => p.row)) + 1 : 0;
  const legendTop = HEADER + snapshot.height + 8;
  const footerTop = legendTop + rows * LEGEND_ROW + 6;
  const height = footerTop + FOOTER;
  const names = snapshot.labels
    .map(
      (l) =>
        `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="middle" dominant-baseline="central" font-size="${xml(l.fontSize)}" font-weight="${xml(l.fontWeight)}" font-style="${xml(l.fontStyle)}" fill="${xml(l.color)}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xml(l.text)}</text>`,
    )
    .join('');
  const dots = snapshot.dots
    .map((d) => `<circle cx="${d.x.toFixed(1)}" cy="${d.y.toFixed(1)}" r="3" fill="#26323b" stroke="#fff" stroke-width="1.5"/>`)
    .join('');
  const leaders = snapshot.leaders
    .map(
      (l) =>
        `<line x1="${l.x1.toFixed(1)}" y1="${l.y1.toFixed(1)}" x2="${l.x2.toFixed(1)}" y2="${l.y2.toFixed(1)}" stroke="#26323b" stroke-width="1"/>`,
    )
    .join('');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="${HEADER}" fill="#0b3954"/>`,
    `<text x="${PAD}" y="28" font-size="20" font-weight="700" fill="#ffffff">${xml(text.title)}</text>`,
    `<text x="${PAD}" y="50" font-size="13" fill="#e8eef2">${xml(text.when)}</text>`,
    `<svg x="0" y="${HEADER}" width="${width}" height="${snapshot.height}" viewBox="0 0 ${width} ${snapshot.height}" overflow="hidden">`,
    `<rect width="${width}" height="${snapshot.height}" fill="${xml(snapshot.background)}"/>`,
    snapshot.shapes,
    leaders,
    dots,
    names,
    '</svg>',
    ...placed.map((p) => swatch(p, legendTop)),
    `<text x="${PAD}" y="${footerTop + 18}" font-size="11" fill="#4a4a4a">${xml(text.credit)}</text>`,
    `<text x="${PAD}" y="${footerTop + 36}" font-size="11" fill="#0b5394">${xml(text.link)}</text>`,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
