import { useEffect, type ReactNode } from 'react';
import { AttributionControl, MapContainer, ScaleControl, ZoomControl, useMap } from 'react-leaflet';
import type { LatLngBoundsExpression } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';

/** Europe, the Caucasus, the Caspian and Central Asia: the first view. */
export const DEFAULT_BOUNDS: LatLngBoundsExpression = [
  [34, -2],
  [58, 76],
];
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 10;

interface WorldMapProps {
  label: string;
  children: ReactNode;
}

/**
 * The Leaflet map with no tile server: everything on it is our own geometry, so it works
 * offline and makes no request to another host.
 */
export function WorldMap({ label, children }: WorldMapProps) {
  return (
    <MapContainer
      className="world-map"
      bounds={DEFAULT_BOUNDS}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomSnap={0.25}
      zoomDelta={0.5}
      worldCopyJump
      maxBounds={[
        [-85, -400],
        [85, 400],
      ]}
      zoomControl={false}
      attributionControl={false}
    >
      <MapLabel label={label} />
      <ZoomControl position="topleft" />
      <ScaleControl position="bottomleft" />
      <AttributionControl position="bottomright" prefix={false} />
      {children}
    </MapContainer>
  );
}

/** Leaflet's container is already focusable (keyboard panning); give it a name. */
function MapLabel({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'application');
    el.setAttribute('aria-roledescription', 'map');
    el.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}
