import { Fragment, memo } from 'react';
import { Polyline, Tooltip } from 'react-leaflet';
import type { LatLngExpression, PathOptions } from 'leaflet';
import type { LineString, MultiLineString } from 'geojson';
import type { DrawnSegment } from '../state/use-view-model';
import type { RouteCore } from '../data/schema';
import { ROUTE_STYLE, STATUS_DASH } from './styles';

const toLatLngs = (g: LineString | MultiLineString): LatLngExpression[][] =>
  (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map((line) => line.map(([lng, lat]) => [lat as number, lng as number]));
/** One positions array per segment for the page's life: a new array would make react-leaflet redraw the line. */
const positionsCache = new WeakMap<LineString | MultiLineString, LatLngExpression[][]>();
function positionsOf(g: LineString | MultiLineString): LatLngExpression[][] {
  let positions = positionsCache.get(g);
  if (!positions) positionsCache.set(g, (positions = toLatLngs(g)));
  return positions;
}

interface RoutesLayerProps {
  segments: readonly DrawnSegment[];
  routes: ReadonlyMap<string, RouteCore>;
  selectedId: string | null;
  onSelect: (routeId: string) => void;
}

/**
 * The route overlays, drawn above the countries and links (stack "routes"). Each segment is a
 * visible line (colour by type, dash by status, an overlay pattern by type) plus a wide
 * invisible line on top that takes the clicks, so a 3-pixel pipeline is easy to hit.
 */
export const RoutesLayer = memo(function RoutesLayer({ segments, routes, selectedId, onSelect }: RoutesLayerProps) {
  return (
    <>
      {segments.map(({ feature: segment, status, faded }, i) => {
        const route = routes.get(segment.properties.routeId);
        if (!route) return null;
        const type = ROUTE_STYLE[route.type];
        const selected = route.id === selectedId;
        const weight = selected ? 6 : 4;
        const positions = positionsOf(segment.geometry);
        const dashArray = STATUS_DASH[status];
        const opacity = faded ? 0.45 : 1;
        const line: PathOptions = {
          color: type.color,
          weight,
          dashArray,
          opacity,
          lineCap: dashArray === STATUS_DASH.planned ? 'round' : 'butt',
        };
        return (
          <Fragment key={`${segment.properties.routeId}-${i}-${status}`}>
            {selected && (
              <Polyline
                positions={positions}
                interactive={false}
                stack="route-halos"
                pathOptions={{ color: '#ffd400', weight: weight + 8, opacity: 0.7 }}
              />
            )}
            <Polyline
              positions={positions}
              interactive={false}
              stack="routes"
              className={`route-line route-line-${route.id} route-${status}`}
              pathOptions={line}
            />
            {type.overlay && (
              <Polyline
                positions={positions}
                interactive={false}
                stack="routes"
                pathOptions={{
                  color: type.overlay.color,
                  weight: weight * type.overlay.weightRatio,
                  dashArray: type.overlay.dashArray,
                  opacity,
                }}
              />
            )}
            <Polyline
              positions={positions}
              stack="routes"
              className={`route-hit route-hit-${route.id}`}
              pathOptions={{ color: '#000', weight: 16, opacity: 0 }}
              eventHandlers={{
                click: (e) => {
                  e.originalEvent.stopPropagation();
                  onSelect(route.id);
                },
              }}
            >
              <Tooltip sticky direction="top">
                {route.name} — {segment.properties.segment}
              </Tooltip>
            </Polyline>
          </Fragment>
        );
      })}
    </>
  );
});
