import { useEffect, useRef, memo } from 'react';
import { useMap } from 'react-leaflet';
import type { GeoJSON as LeafletGeoJSON, Layer, LeafletEventHandlerFn, LeafletMouseEvent, Path, PathOptions } from 'leaflet';
import type { Countries, CountryFeature } from '../data/load-geometry';
import { useLatest } from '../state/use-latest';
import { drawCountries, takeOver } from './draw-countries';

interface CountriesLayerProps {
  countries: Countries;
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
 * (base-map.ts), otherwise drawn here, once per geometry. Style changes are applied with
 * `setStyle`, which is far cheaper than rebuilding 240 paths.
 */
export const CountriesLayer = memo(function CountriesLayer({ countries, styleFor, tooltipFor, onSelect }: CountriesLayerProps) {
  const map = useMap();
  const layer = useRef<LeafletGeoJSON | null>(null);
  /** The style each country has now (styleFor returns the same object for the same look). */
  const applied = useRef(new Map<string, PathOptions>());
  const latest = useLatest({ styleFor, tooltipFor, onSelect });

  useEffect(() => {
    const drawn = takeOver(countries) ?? drawCountries(map, countries, latest.current.styleFor);
    const group = drawn.layer;
    layer.current = group;
    applied.current = drawn.applied;
    // One listener and one tooltip for the whole layer, not one per country: much less work
    // when the map first draws.
    group.bindTooltip((l) => textElement(latest.current.tooltipFor(idOf(l as Layer))), { sticky: true, direction: 'top' });
    // Leaflet also opens the tooltip on click, for touch screens; here a click opens the
    // panel, which says more, and re-placing the tooltip would only slow it down.
    group.off('click', (group as LeafletGeoJSON & { _openTooltip: LeafletEventHandlerFn })._openTooltip, group);
    const select = (e: LeafletMouseEvent) => latest.current.onSelect(idOf(e.propagatedFrom as Layer));
    group.on('click', select);
    return () => {
      group.off('click', select);
      group.remove();
      layer.current = null;
    };
  }, [map, countries, latest]);

  // Restyling touches only the countries whose look changed: a selection changes a handful of
  // the 240 paths, and writing all of them would slow the panel down.
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
