import type { Map as LeafletMap } from 'leaflet';
import type { MapSnapshot } from '../state/export/map-snapshot';

const centre = (r: DOMRect, box: DOMRect) => ({ x: r.left - box.left + r.width / 2, y: r.top - box.top + r.height / 2 });

/** Takes the map as it stands from the page (see MapSnapshot). */
export function mapSnapshot(map: LeafletMap): MapSnapshot {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const svg = container.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg');
  let shapes = '';
  if (svg) {
    const r = svg.getBoundingClientRect();
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.removeAttribute('style');
    copy.removeAttribute('class');
    copy.setAttribute('x', String(r.left - box.left));
    copy.setAttribute('y', String(r.top - box.top));
    copy.setAttribute('width', String(r.width));
    copy.setAttribute('height', String(r.height));
    for (const el of copy.querySelectorAll('[tabindex], [class]')) {
      el.removeAttribute('tabindex');
      el.removeAttribute('class');
    }
    shapes = new XMLSerializer().serializeToString(copy);
  }
  const labels = [...container.querySelectorAll<HTMLElement>('.map-label')].map((el) => {
    const style = getComputedStyle(el);
    return {
      ...centre(el.getBoundingClientRect(), box),
      text: el.textContent ?? '',
      fontSize: style.fontSize,
      fontWeight: style.fontWeight,
      fontStyle: style.fontStyle,
      color: style.color,
    };
  });
  const dots = [...container.querySelectorAll<HTMLElement>('.capital-dot')].map((el) => centre(el.getBoundingClientRect(), box));
  const leaders = [...container.querySelectorAll<HTMLElement>('.label-leader')].map((el) => {
    // A leader is a 1 px bar rotated about its start: its box's opposite corners are its ends.
    const r = el.getBoundingClientRect();
    const { a: cos, b: sin } = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    const [x1, x2] = cos >= 0 ? [r.left, r.right] : [r.right, r.left];
    const [y1, y2] = sin >= 0 ? [r.top, r.bottom] : [r.bottom, r.top];
    return { x1: x1 - box.left, y1: y1 - box.top, x2: x2 - box.left, y2: y2 - box.top };
  });
  return {
    width: box.width,
    height: box.height,
    background: getComputedStyle(container).backgroundColor,
    shapes,
    labels,
    dots,
    leaders,
  };
}
