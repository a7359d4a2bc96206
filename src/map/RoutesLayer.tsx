import type { LineString, MultiLineString } from 'geojson';
import type { LatLngExpression, LeafletMouseEvent, PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { Polyline, Tooltip } from 'react-leaflet';
import type { RouteCore } from '../data/schema';
import { useLatest } from '../lib/use-latest';
import type { DrawnSegment } from '../state/hooks/use-view-model';
import { ROUTE_STYLE, STATUS_DASH } from '../style/palette';

const toLatLngs = (g: LineString | MultiLineString): LatLngExpression[][] =>
  (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map((line) => line.map(([lng, lat]) => [lat as number, lng as number]));

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
  const select = useLatest(onSelect);
  // One set of handlers for every segment, for the layer's life: new ones would make
  // react-leaflet rebind every line on each selection.
  const eventHandlers = useMemo(
    () => ({
      click: (e: LeafletMouseEvent) => {
        e.originalEvent.stopPropagation();
        const routeId = (e.target as { options: { routeId?: string } }).options.routeId;
        if (routeId) select.current(routeId);
      },
    }),
    [select],
  );
  return (
    <>
      {segments.map(({ feature, status, faded }) => {
        const route = routes.get(feature.properties.routeId);
        if (!route) return null;
        return (
          <RouteSegment
            // The status is in the key: Leaflet sets a line's class name only when it is made.
            key={`${route.id}:${feature.properties.segment}:${status}`}
            geometry={feature.geometry}
            route={route}
            label={feature.properties.segment}
            status={status}
            faded={faded}
            selected={route.id === selectedId}
            eventHandlers={eventHandlers}
          />
        );
      })}
    </>
  );
});

interface RouteSegmentProps {
  geometry: LineString | MultiLineString;
  route: RouteCore;
  label: string;
  status: DrawnSegment['status'];
  faded: boolean;
  selected: boolean;
  eventHandlers: { click: (e: LeafletMouseEvent) => void };
}

/** One segment of a route; its props keep their identity while its look is unchanged, so nothing is restyled for nothing. */
const RouteSegment = memo(function RouteSegment({ geometry, route, label, status, faded, selected, eventHandlers }: RouteSegmentProps) {
  const positions = useMemo(() => toLatLngs(geometry), [geometry]);
  const type = ROUTE_STYLE[route.type];
  const looks = useMemo(() => {
    const weight = selected ? 6 : 4;
    const dashArray = STATUS_DASH[status];
    const opacity = faded ? 0.45 : 1;
    const line: PathOptions = {
      color: type.color,
      weight,
      dashArray,
      opacity,
      lineCap: dashArray === STATUS_DASH.planned ? 'round' : 'butt',
    };
    const halo: PathOptions = { color: '#ffd400', weight: weight + 8, opacity: 0.7 };
    const overlay: PathOptions | null = type.overlay
      ? { color: type.overlay.color, weight: weight * type.overlay.weightRatio, dashArray: type.overlay.dashArray, opacity }
      : null;
    return { line, halo, overlay, hit: { color: '#000', weight: 16, opacity: 0, routeId: route.id } as PathOptions };
  }, [type, route.id, selected, status, faded]);
  return (
    <>
      {selected && <Polyline positions={positions} interactive={false} stack="route-halos" pathOptions={looks.halo} />}
      <Polyline
        positions={positions}
        interactive={false}
        stack="routes"
        className={`route-line route-line-${route.id} route-${status}`}
        pathOptions={looks.line}
      />
      {looks.overlay && <Polyline positions={positions} interactive={false} stack="routes" pathOptions={looks.overlay} />}
      <Polyline
        positions={positions}
        stack="routes"
        className={`route-hit route-hit-${route.id}`}
        pathOptions={looks.hit}
        eventHandlers={eventHandlers}
      >
        <Tooltip sticky direction="top">
          {route.name} — {label}
        </Tooltip>
      </Polyline>
    </>
  );
});
