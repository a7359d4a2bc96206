import { useEffect, useState, type ReactNode } from 'react';
import { MapContainer, ScaleControl, ZoomControl, useMap } from 'react-leaflet';
import type { LatLngBoundsExpression, LayerEvent } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { StackedSvg } from './stacked-svg';
import './map.css';

/** Europe, the Caucasus, the Caspian and Central Asia: the first view. */
export const DEFAULT_BOUNDS: LatLngBoundsExpression = [
  [34, -2],
  [58, 76],
];
export const MIN_ZOOM = 2;
const ATTRIBUTION =
  'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), UN-recognised borders · routes approximate';
export const MAX_ZOOM = 10;

interface WorldMapProps {
  label: string;
  /** The id of an element that summarises in words what the map shows. */
  describedBy: string;
  children: ReactNode;
}

/**
 * The Leaflet map with no tile server: everything on it is our own geometry, so it works
 * offline and makes no request to another host.
 */
export function WorldMap({ label, describedBy, children }: WorldMapProps) {
  const [renderer] = useState(() => new StackedSvg());
  return (
    <MapContainer
      className="world-map"
      renderer={renderer}
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
    >
      <MapAccessibility label={label} describedBy={describedBy} />
      <ZoomControl position="topleft" />
      <ScaleControl position="bottomleft" />
      {children}
    </MapContainer>
  );
}

/** Vector shapes with tooltips become Tab stops in Chromium; 240 of them would bury the controls. */
function keepOutOfTabOrder(e: LayerEvent) {
  const el = 'getElement' in e.layer && typeof e.layer.getElement === 'function' ? (e.layer.getElement() as Element | undefined) : undefined;
  if (el instanceof SVGElement) el.setAttribute('tabindex', '-1');
}

/**
 * Leaflet's container is already focusable (keyboard panning); give it a name and a description.
 * The shapes on it stay out of the Tab order: the list view is the keyboard way to them.
 */
function MapAccessibility({ label, describedBy }: { label: string; describedBy: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'application');
    el.setAttribute('aria-roledescription', 'map');
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-describedby', describedBy);
  }, [map, label, describedBy]);
  useEffect(() => {
    // Set once, with the map, so the credit does not wait for the geometry.
    map.attributionControl?.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl?.addAttribution(ATTRIBUTION);
    return () => {
      map.attributionControl?.removeAttribution(ATTRIBUTION);
    };
  }, [map]);
  useEffect(() => {
    map.on('layeradd', keepOutOfTabOrder);
    return () => {
      map.off('layeradd', keepOutOfTabOrder);
    };
  }, [map]);
  return null;
}
