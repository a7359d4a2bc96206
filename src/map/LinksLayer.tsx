import { memo, useEffect, useMemo } from 'react';
import { Polyline, useMap } from 'react-leaflet';
import type { LatLngExpression, PathOptions } from 'leaflet';
import type { LineString } from 'geojson';
import type { FocusDataset, RelationKindId } from '../data/schema';
import { partnerLinks } from '../state/partner-links';
import { KIND_STYLE } from '../style/palette';

interface LinksLayerProps {
  dataset: FocusDataset;
  /** The timeline's year, or null for today. */
  year: number | null;
  selectedId: string | null;
}

const toLatLngs = (line: LineString): LatLngExpression[] => line.coordinates.map(([lng, lat]) => [lat as number, lng as number]);
/** One style object per kind, so that the links are not restyled when the selection moves. */
const plain = Object.fromEntries(
  Object.entries(KIND_STYLE).map(([kind, style]) => [kind, { color: style.color, dashArray: style.dashArray, weight: 1.5, opacity: 0.7 }]),
) as Record<RelationKindId, PathOptions>;

/**
 * Great-circle links from the focus country's capital to each partner's capital, coloured and dashed by kind. They are
 * not clickable: the countries under them are, and a click should always mean the same thing.
 * While a partner is selected the links fade, through one class on the map (map.css), and its
 * own link is drawn again on top in bold: two changes per click instead of restyling every link.
 */
export const LinksLayer = memo(function LinksLayer({ dataset, year, selectedId }: LinksLayerProps) {
  // Positions made once per year: a new array would make react-leaflet redraw the line.
  const links = useMemo(
    () => partnerLinks(dataset, year).map((link) => ({ ...link.properties, positions: toLatLngs(link.geometry) })),
    [dataset, year],
  );
  const map = useMap();
  useEffect(() => {
    map.getContainer().classList.toggle('links-faded', selectedId !== null);
  }, [map, selectedId]);
  const selectedLinks = links.filter((link) => link.partnerId === selectedId);
  return (
    <>
      {links.map(({ partnerId, kind, positions }) => (
        <Polyline
          key={`${partnerId}-${kind}`}
          positions={positions}
          interactive={false}
          stack="links"
          className="partner-link"
          pathOptions={plain[kind]}
        />
      ))}
      {selectedLinks.map(({ partnerId, kind, positions }) => (
        <Polyline
          key={`selected-${partnerId}-${kind}`}
          positions={positions}
          interactive={false}
          stack="links"
          className="partner-link link-selected"
          pathOptions={{ ...plain[kind], weight: 4, opacity: 1 }}
        />
      ))}
    </>
  );
});
