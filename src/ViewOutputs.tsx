import { lazy, Suspense, useCallback, useMemo } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { RouteCore } from './data/schema';
import { mapSnapshot } from './map/snapshot';
import type { ViewExport } from './panels/view-export';
import type { FocusContext } from './state/focus-context';
import type { DrawnSegment } from './state/hooks/use-view-model';
import type { Resolved } from './state/selection';
import { shareLink } from './state/share-link';
import type { ViewState } from './state/view-state';

const ShareDialog = lazy(() => import('./panels/ShareDialog').then((m) => ({ default: m.ShareDialog })));
// Only printing needs it: it loads once the reader has shown a sign of use, out of the first view.
const PrintBriefing = lazy(() => import('./panels/PrintBriefing').then((m) => ({ default: m.PrintBriefing })));

interface ViewOutputsProps {
  map: LeafletMap;
  focus: FocusContext;
  state: ViewState;
  resolved: Resolved | null;
  shown: readonly string[];
  segments: readonly DrawnSegment[];
  routeById: ReadonlyMap<string, RouteCore>;
  engaged: boolean;
  sharing: boolean;
  onCloseShare: () => void;
}

function selectionName(resolved: Resolved | null, countryName: (id: string) => string): string | null {
  switch (resolved?.type) {
    case 'partner':
      return resolved.partner.name;
    case 'route':
      return resolved.route.name;
    case 'org':
      return resolved.org.name;
    case 'country':
      return countryName(resolved.id);
    default:
      return null;
  }
}

/**
 * What the view gives the reader to take away: the share dialog (link, embed, citation, CSV,
 * GeoJSON, image, print) and the print briefing, both fed the same description of the view.
 */
export function ViewOutputs({ map, focus, state, resolved, shown, segments, routeById, engaged, sharing, onCloseShare }: ViewOutputsProps) {
  const { dataset, catalog } = focus;
  const link = shareLink(state, false, catalog, window.location);
  const view = useMemo(
    (): ViewExport => ({
      dataset,
      loadDetails: focus.loadDetails,
      loadEvents: focus.loadEvents,
      year: state.year,
      shown,
      segments,
      routeById,
      link,
      selectionName: selectionName(resolved, focus.countryName),
      snapshot: () => mapSnapshot(map),
    }),
    [dataset, focus, state.year, shown, segments, routeById, link, resolved, map],
  );
  const print = useCallback(() => requestAnimationFrame(() => window.print()), []);
  return (
    <>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog
            link={link}
            embedLink={shareLink(state, true, catalog, window.location)}
            title={dataset.title}
            view={view}
            onPrint={print}
            onClose={onCloseShare}
          />
        </Suspense>
      )}
      {engaged && (
        <Suspense fallback={null}>
          <PrintBriefing view={view} />
        </Suspense>
      )}
    </>
  );
}
