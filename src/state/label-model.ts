import type { LabelPoint } from '../data/country-labels';
import type { FocusDataset, Place } from '../data/schema';
import type { CountryRole } from './country-roles';
import { periodAt, type PartnerIndex } from './selectors';

/** What the map may name, before it is measured and placed (geo/labels.ts). */
export interface LabelSpec {
  id: string;
  /** Specs of one group are alternatives: the first whose point is in view is offered, the rest not. */
  group: string;
  text: string;
  lat: number;
  lng: number;
  /** Radius of the largest circle inside the shape at the point, in Mercator degrees; 0 for a point. */
  r: number;
  priority: number;
  leader: boolean;
  /** How it looks: the focus country, a partner, any other country, a capital, a place on a selected route. */
  style: 'focus' | 'partner' | 'country' | 'capital' | 'stop';
  /** The lowest zoom at which it is offered at all (capitals only from close up). */
  minZoom: number;
}

export const CAPITAL_NAMES_MIN_ZOOM = 4;

/** A named place on a selected route. */
export interface RouteStop {
  name: string;
  lat: number;
  lng: number;
}

interface LabelInputs {
  dataset: FocusDataset;
  index: PartnerIndex;
  year: number | null;
  roles: (id: string) => CountryRole;
  labelPoints: Readonly<Record<string, LabelPoint & { alt?: readonly LabelPoint[] }>>;
  countryName: (id: string) => string;
  /** The ends and main stations of a selected route, named while it is selected. */
  routeStops: readonly RouteStop[];
}

/** A label for a point (no shape around it, so no room and no leader), one to a group. */
function pointSpec(kind: string, at: RouteStop, priority: number, style: LabelSpec['style'], minZoom: number): LabelSpec {
  const id = `${kind}:${at.name}`;
  return { id, group: id, text: at.name, lat: at.lat, lng: at.lng, r: 0, priority, leader: false, style, minZoom };
}

/** A short name for a small place: "Town (exclave of Country)" is named "Town". */
const shortName = (name: string) => name.replace(/\s*\(.*\)$/, '');

/**
 * Everything the map may name, with its priority: the selection first, then the focus country,
 * the partners by weight (kind, then how many dimensions tie them), the small places the pack
 * lists, the partners' capitals, then every other country by size.
 */
export function labelSpecs({ dataset, index, year, roles, labelPoints, countryName, routeStops }: LabelInputs): LabelSpec[] {
  const specs: LabelSpec[] = [];
  for (const [id, { alt = [], ...point }] of Object.entries(labelPoints)) {
    const role = roles(id);
    const partner = index.byId.get(id);
    const period = partner ? periodAt(partner, year) : null;
    const weight = period
      ? (period.kind === 'alliance' ? 3 : period.kind === 'strategic' ? 2 : 1) + (partner?.dimensions.length ?? 0) / 10
      : 0;
    const priority = role.selected ? 0 : role.focus ? 1 : period ? 3 - weight / 4 : 6 - Math.min(point.r, 30) / 31;
    const common = {
      group: `country:${id}`,
      text: countryName(id),
      priority,
      leader: role.focus || role.selected || period !== null,
      style: role.focus ? ('focus' as const) : period ? ('partner' as const) : ('country' as const),
      minZoom: 0,
    };
    // The main point first; a wide country's band points stand in when it is out of view.
    specs.push({ id: `country:${id}`, ...common, ...point });
    for (const [i, p] of alt.entries()) specs.push({ id: `country:${id}:${i}`, ...common, ...p });
  }
  for (const { countryId, place } of dataset.smallPlaces) {
    // A small place that is a capital is named with the capitals; an exclave gets its own label.
    if (place.name === dataset.focus.capital.name || dataset.partners.some((p) => p.capital.name === place.name)) continue;
    specs.push(pointSpec('place', { ...place, name: shortName(place.name) }, roles(countryId).focus ? 1.5 : 2.5, 'country', 0));
  }
  capitalDots(dataset, year).forEach((c, i) => {
    specs.push(pointSpec('capital', c, i === 0 ? 4 : 5, 'capital', CAPITAL_NAMES_MIN_ZOOM));
  });
  for (const stop of routeStops) specs.push(pointSpec('stop', stop, 0.5, 'stop', 0));
  return specs;
}

/** The capitals the partner links end at (and the focus capital): drawn as dots at every zoom. */
export function capitalDots(dataset: FocusDataset, year: number | null): Place[] {
  return [dataset.focus.capital, ...dataset.partners.filter((p) => periodAt(p, year)).map((p) => p.capital)];
}
