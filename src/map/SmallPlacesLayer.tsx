import { Fragment, useMemo, useState, memo } from 'react';
import { CircleMarker, Tooltip, useMapEvents } from 'react-leaflet';
import type { LatLng, LatLngTuple, LeafletMouseEvent, PathOptions } from 'leaflet';
import type { SmallPlace } from '../data/schema';

/** Below this zoom the small states and exclaves a pack lists are only a few pixels wide. */
export const SMALL_PLACES_MAX_ZOOM = 5;

interface SmallPlacesLayerProps {
  places: readonly SmallPlace[];
  labelFor: (place: SmallPlace) => string;
  onSelect: (countryId: string) => void;
}

function nearest(places: readonly SmallPlace[], at: LatLng): SmallPlace {
  const distance = (p: SmallPlace) => at.distanceTo([p.place.lat, p.place.lng]);
  return places.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

// Props kept identical from one render to the next, so that a re-render (the labels change with
// the year) does not move or restyle every marker.
const DOT: PathOptions = { color: '#0b3954', weight: 2, fillColor: '#ffffff', fillOpacity: 1 };
const HIT_AREA: PathOptions = { stroke: false, fillColor: '#ffffff', fillOpacity: 0.01 };

/**
 * At world zoom, a round marker with a generous hit area stands in for each small state or
 * exclave, so that a click or a tap on it selects the country as reliably as on a large one.
 */
export const SmallPlacesLayer = memo(function SmallPlacesLayer({ places, labelFor, onSelect }: SmallPlacesLayerProps) {
  const [zoom, setZoom] = useState<number | null>(null);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const markers = useMemo(() => places.map((p) => ({ p, center: [p.place.lat, p.place.lng] as LatLngTuple })), [places]);
  const handlers = useMemo(() => ({ click: (e: LeafletMouseEvent) => onSelect(nearest(places, e.latlng).countryId) }), [places, onSelect]);
  if ((zoom ?? map.getZoom()) >= SMALL_PLACES_MAX_ZOOM) return null;
  return (
    // Above the links, below the routes (stack "places"): a route stays clickable where it passes a marker.
    <>
      {markers.map(({ p, center }) => (
        <Fragment key={p.place.name}>
          <CircleMarker center={center} radius={6} interactive={false} stack="places" pathOptions={DOT} />
          {/* The hit area: 44 px across, invisible. Where two overlap, the nearer place wins. */}
          <CircleMarker
            center={center}
            radius={22}
            stack="places"
            className={`small-place small-place-${p.countryId}`}
            pathOptions={HIT_AREA}
            eventHandlers={handlers}
          >
            <Tooltip direction="top">{labelFor(p)}</Tooltip>
          </CircleMarker>
        </Fragment>
      ))}
    </>
  );
});
