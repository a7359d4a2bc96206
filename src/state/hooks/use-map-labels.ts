import { useMemo } from 'react';
import { COUNTRY_LABELS } from '../../data/country-labels';
import type { FocusDetails, Place } from '../../data/schema';
import type { CountryRole } from '../country-roles';
import type { FocusContext } from '../focus-context';
import { capitalDots, labelSpecs } from '../label-model';

/**
 * What the map names and where the partner links end, for the view: recomputed when the year,
 * the selection (through `roles`) or the selected route's stops change, not on map moves.
 */
export function useMapLabels(
  focus: FocusContext,
  year: number | null,
  roles: (id: string) => CountryRole,
  details: FocusDetails | null,
  selectedRouteId: string | null,
) {
  const { dataset, index, countryName } = focus;
  const route = selectedRouteId ? details?.routes[selectedRouteId] : undefined;
  const routeStops = useMemo((): Place[] => (route ? [route.start, route.end] : []), [route]);
  const specs = useMemo(
    () => labelSpecs({ dataset, index, year, roles, labelPoints: COUNTRY_LABELS, countryName, routeStops }),
    [dataset, index, year, roles, countryName, routeStops],
  );
  const dots = useMemo(() => capitalDots(dataset, year), [dataset, year]);
  return { specs, dots };
}
