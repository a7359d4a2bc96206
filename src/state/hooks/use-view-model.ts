import { useCallback, useMemo } from 'react';
import type { RouteFeature, SegmentStatus } from '../../data/load-geometry';
import type { FocusDataset, RouteCore } from '../../data/schema';
import { countryRoles, describeCountry as describeCountryRole } from '../country-roles';
import { resolveSelection } from '../selection';
import type { PartnerIndex } from '../selectors';
import { routeStageIn, segmentStatusAt, type RouteStage } from '../timeline';
import { defaultViewState, visibleLayers, type Catalog, type ViewState } from '../view-state';

export interface DrawnSegment {
  feature: RouteFeature;
  /** As drawn in the chosen year (a built segment is drawn under construction before it opened). */
  status: SegmentStatus;
  /** Idle routes are drawn faded. */
  faded: boolean;
}

interface Inputs {
  state: ViewState;
  dataset: FocusDataset;
  index: PartnerIndex;
  catalog: Catalog;
  routeById: ReadonlyMap<string, RouteCore>;
  routeLines: readonly RouteFeature[] | null;
  countryName: (id: string) => string;
  knownCountry: (id: string) => boolean;
}

/**
 * Everything the map and panels derive from the view state, memoised so that a change (a
 * selection, a year, a layer) recomputes only what depends on it.
 */
export function useViewModel({ state, dataset, index, catalog, routeById, routeLines, countryName, knownCountry }: Inputs) {
  const resolved = useMemo(() => resolveSelection(state.sel, dataset, index, knownCountry), [state.sel, dataset, index, knownCountry]);
  const roles = useMemo(() => countryRoles(dataset, index, state.year, resolved), [dataset, index, state.year, resolved]);
  const shown = useMemo(() => visibleLayers({ ...defaultViewState, layers: state.layers }, catalog), [state.layers, catalog]);
  const stageOf = useCallback(
    (id: string): RouteStage => {
      const route = routeById.get(id);
      return route ? routeStageIn(route, state.year) : 'not-yet';
    },
    [routeById, state.year],
  );
  // A selected route is drawn even when its layer is off: a link to it must show it.
  const selectedRoute = resolved?.type === 'route' ? resolved.route.id : null;
  const segments = useMemo(
    (): DrawnSegment[] =>
      (routeLines ?? []).flatMap((feature) => {
        const { routeId } = feature.properties;
        const stage = stageOf(routeId);
        if ((!shown.includes(routeId) && routeId !== selectedRoute) || stage === 'not-yet') return [];
        return [{ feature, status: segmentStatusAt(stage, feature.properties.status), faded: stage === 'idle' }];
      }),
    [routeLines, stageOf, shown, selectedRoute],
  );
  /** A country's name with its relationship, for tooltips. */
  const describeCountry = useCallback(
    (id: string) => describeCountryRole(countryName(id), roles(id), dataset.kinds),
    [roles, dataset, countryName],
  );
  return { resolved, roles, shown, stageOf, segments, describeCountry };
}
