import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { ScaleControl, ZoomControl, useMap } from 'react-leaflet';
import { LeafletContext, createLeafletContext } from '@react-leaflet/core';
import type { LayerEvent, Map as LeafletMap } from 'leaflet';
import { dropFocusTooltips } from './leaflet-internals';

interface WorldMapProps {
  /** The map made before React started (base-map.ts), which this component takes into the page. */
  map: LeafletMap;
  label: string;
  /** The id of an element that summarises in words what the map shows. */
  describedBy: string;
  children: ReactNode;
}

/**
 * The Leaflet map with no tile server: everything on it is our own geometry, so it works
 * offline and makes no request to another host. The map already exists (it was drawn before
 * React started): its element moves from its first frame into the app's layout, at the same
 * place, and the layers below reach it through react-leaflet's context.
 */
export function WorldMap({ map, label, describedBy, children }: WorldMapProps) {
  const slot = useRef<HTMLDivElement>(null);
  const context = useMemo(() => createLeafletContext(map), [map]);
  useLayoutEffect(() => {
    const container = map.getContainer();
    const frame = container.parentElement;
    slot.current?.append(container);
    if (frame?.classList.contains('boot-frame')) frame.remove();
    map.invalidateSize({ pan: false });
  }, [map]);
  return (
    <div ref={slot} className="map-slot">
      <LeafletContext value={context}>
        <MapAccessibility label={label} describedBy={describedBy} />
        <ZoomControl position="topleft" />
        <ScaleControl position="bottomleft" />
        {children}
      </LeafletContext>
    </div>
  );
}

/** Shapes with tooltips would be Tab stops (240 of them would bury the controls) and take focus on a click. */
const onLayerAdd = (e: LayerEvent) => dropFocusTooltips(e.layer);

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
    // The countries drawn before React started are already on the map.
    map.eachLayer(dropFocusTooltips);
    map.on('layeradd', onLayerAdd);
    return () => {
      map.off('layeradd', onLayerAdd);
    };
  }, [map]);
  return null;
}
