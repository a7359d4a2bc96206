import { memo } from 'react';
import { Pane, Polyline } from 'react-leaflet';
import type { LatLngExpression } from 'leaflet';
import type { Feature, LineString } from 'geojson';
import type { LinkProps } from '../state/map-model';
import { KIND_STYLE } from './styles';

interface LinksLayerProps {
  links: readonly Feature<LineString, LinkProps>[];
  selectedId: string | null;
}

const toLatLngs = (line: LineString): LatLngExpression[] => line.coordinates.map(([lng, lat]) => [lat as number, lng as number]);

/**
 * Great-circle links from Baku to each partner's capital, coloured and dashed by kind. They are
 * not clickable: the countries under them are, and a click should always mean the same thing.
 */
export const LinksLayer = memo(function LinksLayer({ links, selectedId }: LinksLayerProps) {
  return (
    <Pane name="links" style={{ zIndex: 420 }}>
      {links.map((link) => {
        const { partnerId, kind } = link.properties;
        const selected = partnerId === selectedId;
        const style = KIND_STYLE[kind];
        return (
          <Polyline
            key={`${partnerId}-${kind}`}
            positions={toLatLngs(link.geometry)}
            interactive={false}
            pathOptions={{
              color: style.color,
              dashArray: style.dashArray,
              weight: selected ? 4 : 1.5,
              opacity: selected ? 1 : selectedId === null ? 0.7 : 0.3,
            }}
          />
        );
      })}
    </Pane>
  );
});
