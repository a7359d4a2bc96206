import { useEffect, useRef, memo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { GeoJSON as LeafletGeoJSON, Layer, LeafletEventHandlerFn, LeafletMouseEvent, Path, PathOptions } from 'leaflet';
import type { Countries, CountryFeature } from '../data/load-geometry';
import { useLatest } from '../state/use-latest';

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
 * All countries as one GeoJSON layer. The layer is created once per geometry (its `key`);
 * style changes are applied with `setStyle`, which is far cheaper than rebuilding 240 paths.
 */
export const CountriesLayer = memo(function CountriesLayer({ countries, styleFor, tooltipFor, onSelect }: CountriesLayerProps) {
  const ref = useRef<LeafletGeoJSON | null>(null);
  const handlers = useLatest({ tooltipFor, onSelect });

  // Restyling touches only the countries whose look changed: a selection changes a handful of
  // the 240 paths, and writing all of them would slow the panel down.
  // (styleFor returns the same object for the same look.)
  const applied = useRef(new Map<string, PathOptions>());
  useEffect(() => {
    ref.current?.eachLayer((layer) => {
      const { id } = (layer as Path & { feature: CountryFeature }).feature;
      const style = styleFor(id);
      if (applied.current.get(id) === style) return;
      applied.current.set(id, style);
      (layer as Path).setStyle(style);
    });
  }, [styleFor]);

  return (
    <GeoJSON
      key={countries.features.length}
      ref={ref}
      data={countries}
      stack="countries"
      // The class names the country for tests and styles; Leaflet sets it once, at creation.
      style={(f) => {
        const { id } = f as CountryFeature;
        const style = styleFor(id);
        applied.current.set(id, style);
        return { ...style, className: `country country-${id}` };
      }}
      eventHandlers={{
        // One listener and one tooltip for the whole layer, not one per country: much less work
        // when the map first draws.
        add: (e) => {
          const group = e.target as LeafletGeoJSON;
          group.bindTooltip((layer) => textElement(handlers.current.tooltipFor(idOf(layer as Layer))), { sticky: true, direction: 'top' });
          // Leaflet also opens the tooltip on click, for touch screens; here a click opens the
          // panel, which says more, and re-placing the tooltip would only slow it down.
          group.off('click', (group as LeafletGeoJSON & { _openTooltip: LeafletEventHandlerFn })._openTooltip, group);
        },
        click: (e: LeafletMouseEvent) => handlers.current.onSelect(idOf(e.propagatedFrom as Layer)),
      }}
    />
  );
});
