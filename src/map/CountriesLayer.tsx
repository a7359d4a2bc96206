import { useEffect, useRef, memo } from 'react';
import { useMap } from 'react-leaflet';
import type { GeoJSON as LeafletGeoJSON, Layer, LeafletMouseEvent, Path, PathOptions } from 'leaflet';
import type { Countries, CountryFeature } from '../data/load-geometry';
import { useLatest } from '../lib/use-latest';
import { type DrawnCountries, drawCountries, drawnLayerFor } from './draw-countries';
import { dropFocusTooltips, stopTooltipOnClick } from './leaflet-internals';

interface CountriesLayerProps {
  countries: Countries;
  /** The layer drawn before React started (boot/), taken over when it is for these countries. */
  drawn: DrawnCountries | null;
  styleFor: (id: string) => PathOptions;
  tooltipFor: (id: string) => string;
  onSelect: (id: string) => void;
}

const idOf = (layer: Layer) => (layer as Layer & { feature: CountryFeature }).feature.id;

/** Tooltips take HTML; our text goes in as text. */
function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/**
 * All countries as one GeoJSON layer: the one drawn before React started when it is there
 * (boot/), otherwise drawn here, once per geometry. Style changes are applied with
 * `setStyle`, which is far cheaper than rebuilding 240 paths.
 */
export const CountriesLayer = memo(function CountriesLayer({ countries, drawn, styleFor, tooltipFor, onSelect }: CountriesLayerProps) {
  const map = useMap();
  const layer = useRef<LeafletGeoJSON | null>(null);
  /** The style each country has now (styleFor returns the same object for the same look). */
  const applied = useRef(new Map<string, PathOptions>());
  const latest = useLatest({ styleFor, tooltipFor, onSelect });

  useEffect(() => {
    const taken = drawnLayerFor(map, drawn, countries) ?? drawCountries(map, countries, latest.current.styleFor);
    const group = taken.layer;
    layer.current = group;
    applied.current = taken.applied;
    // One listener and one tooltip for the whole layer, not one per country: much less work
    // when the map first draws.
    group.bindTooltip((l) => textElement(latest.current.tooltipFor(idOf(l as Layer))), { sticky: true, direction: 'top' });
    stopTooltipOnClick(group);
    // Bound after the layer is on the map, so WorldMap's layeradd hook has not seen these listeners.
    dropFocusTooltips(group);
    const select = (e: LeafletMouseEvent) => latest.current.onSelect(idOf(e.propagatedFrom as Layer));
    group.on('click', select);
    return () => {
      group.off('click', select);
      group.remove();
      layer.current = null;
    };
  }, [map, countries, drawn, latest]);

  // Restyling touches only the countries whose look changed: a selection changes a handful of
  // the 240 paths, and writing all of them would slow the panel down.
  // biome-ignore lint/correctness/useExhaustiveDependencies: new countries mean a new layer, to be styled too
  useEffect(() => {
    layer.current?.eachLayer((l) => {
      const id = idOf(l);
      const style = styleFor(id);
      if (applied.current.get(id) === style) return;
      applied.current.set(id, style);
      (l as Path).setStyle(style);
    });
  }, [styleFor, countries]);

  return null;
});
