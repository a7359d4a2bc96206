import { Fragment, useState, memo } from 'react';
import { CircleMarker, Pane, Tooltip, useMapEvents } from 'react-leaflet';
import type { LatLng } from 'leaflet';
import type { SmallPlace } from '../data/schema';

/** Below this zoom Georgia, Armenia and Nakhchivan are only a few pixels wide. */
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

/**
 * At world zoom, a round marker with a generous hit area stands in for each small state or
 * exclave, so that a click or a tap on it selects the country as reliably as on a large one.
 */
export const SmallPlacesLayer = memo(function SmallPlacesLayer({ places, labelFor, onSelect }: SmallPlacesLayerProps) {
  const [zoom, setZoom] = useState<number | null>(null);
  const map = useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  if ((zoom ?? map.getZoom()) >= SMALL_PLACES_MAX_ZOOM) return null;
  return (
    // Above the links, below the routes: a route stays clickable where it passes a marker.
    <Pane name="small-places" style={{ zIndex: 440 }}>
      {places.map((p) => (
        <Fragment key={p.place.name}>
          <CircleMarker center={[p.place.lat, p.place.lng]} radius={6} interactive={false} pathOptions={{ color: '#0b3954', weight: 2, fillColor: '#ffffff', fillOpacity: 1 }} />
          {/* The hit area: 44 px across, invisible. Where two overlap, the nearer place wins. */}
          <CircleMarker
            center={[p.place.lat, p.place.lng]}
            radius={22}
            className={`small-place small-place-${p.countryId}`}
            pathOptions={{ stroke: false, fillColor: '#ffffff', fillOpacity: 0.01 }}
            eventHandlers={{ click: (e) => onSelect(nearest(places, e.latlng).countryId) }}
          >
            <Tooltip direction="top">{labelFor(p)}</Tooltip>
          </CircleMarker>
        </Fragment>
      ))}
    </Pane>
  );
});
