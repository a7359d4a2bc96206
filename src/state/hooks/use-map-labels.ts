import { useMemo } from 'react';
import { COUNTRY_LABELS } from '../../data/country-labels';
import type { RouteFeature } from '../../data/load-geometry';
import type { CountryRole } from '../country-roles';
import type { FocusContext } from '../focus-context';
import { capitalDots, labelSpecs, type RouteStop } from '../label-model';

/** The places a selected route's segments start and end at: its ends and its main stations and junctions. */
export function routeStops(lines: readonly RouteFeature[], routeId: string): RouteStop[] {
  const stops = new Map<string, RouteStop>();
  for (const { properties, geometry } of lines) {
    if (properties.routeId !== routeId) continue;
    const line = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
    const ends = [
      [properties.from, line[0]],
      [properties.to, line.at(-1)],
    ] as const;
    for (const [name, at] of ends) if (at && !stops.has(name)) stops.set(name, { name, lng: at[0] ?? 0, lat: at[1] ?? 0 });
  }
  return [...stops.values()];
}

/**
 * What the map names and where the partner links end, for the view: recomputed when the year,
 * the selection (through `roles`) or the selected route change, not on map moves.
 */
export function useMapLabels(
  focus: FocusContext,
  year: number | null,
  roles: (id: string) => CountryRole,
  routeLines: readonly RouteFeature[] | null,
  selectedRouteId: string | null,
) {
  const { dataset, index, countryName } = focus;
  const stops = useMemo(
    () => (routeLines && selectedRouteId ? routeStops(routeLines, selectedRouteId) : []),
    [routeLines, selectedRouteId],
  );
  const specs = useMemo(
    () => labelSpecs({ dataset, index, year, roles, labelPoints: COUNTRY_LABELS, countryName, routeStops: stops }),
    [dataset, index, year, roles, countryName, stops],
  );
  const dots = useMemo(() => capitalDots(dataset, year), [dataset, year]);
  return { specs, dots };
}
