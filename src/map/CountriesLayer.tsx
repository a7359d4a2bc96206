import { useEffect, useRef, memo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { GeoJSON as LeafletGeoJSON, LeafletMouseEvent, Path, PathOptions } from 'leaflet';
import type { Countries, CountryFeature } from '../data/load-geometry';

const ATTRIBUTION =
  'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), UN-recognised borders · routes approximate';

interface CountriesLayerProps {
  countries: Countries;
  styleFor: (id: string) => PathOptions;
  tooltipFor: (id: string) => string;
  onSelect: (id: string) => void;
}

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
  const handlers = useRef({ tooltipFor, onSelect });
  handlers.current = { tooltipFor, onSelect };

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
      attribution={ATTRIBUTION}
      // The class names the country for tests and styles; Leaflet sets it once, at creation.
      style={(f) => {
        const { id } = f as CountryFeature;
        const style = styleFor(id);
        applied.current.set(id, style);
        return { ...style, className: `country country-${id}` };
      }}
      onEachFeature={(f, layer) => {
        const { id } = f as CountryFeature;
        layer.bindTooltip(() => textElement(handlers.current.tooltipFor(id)), { sticky: true, direction: 'top' });
        layer.on('click', (e: LeafletMouseEvent) => {
          e.originalEvent.stopPropagation();
          handlers.current.onSelect(id);
        });
      }}
    />
  );
});
