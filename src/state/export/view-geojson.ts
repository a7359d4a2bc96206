import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { FocusDataset, RouteCore } from '../../data/schema';
import type { DrawnSegment } from '../hooks/use-view-model';
import { partnerLinks } from '../partner-links';
import { DATA_LICENCE } from './view-csv';

export interface ViewGeometry {
  dataset: FocusDataset;
  year: number | null;
  /** The route segments the map draws for the view. */
  segments: readonly DrawnSegment[];
  routeById: ReadonlyMap<string, RouteCore>;
  link: string;
}

/**
 * What the view draws, as GeoJSON (RFC 7946): the route segments shown, with their route's name,
 * type and the status drawn, and the partner links, with the partner and the kind of the
 * relationship. The collection says what it is, the dataset's date, the licence and the view's link.
 */
export function viewGeoJson({
  dataset,
  year,
  segments,
  routeById,
  link,
}: ViewGeometry): FeatureCollection<LineString | MultiLineString> & Record<string, unknown> {
  const kindLabel = (id: string) => dataset.kinds.find((k) => k.id === id)?.label ?? id;
  const routes = segments.map(({ feature, status }): Feature<LineString | MultiLineString> => {
    const route = routeById.get(feature.properties.routeId);
    return {
      type: 'Feature',
      geometry: feature.geometry,
      properties: {
        layer: 'route',
        routeId: feature.properties.routeId,
        name: route?.name ?? feature.properties.routeId,
        type: route?.type ?? null,
        status,
        segment: feature.properties.segment ?? null,
      },
    };
  });
  const links = partnerLinks(dataset, year).map((f): Feature<LineString> => {
    const partner = dataset.partners.find((p) => p.id === f.properties.partnerId);
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        layer: 'partner-link',
        partnerId: f.properties.partnerId,
        name: `${dataset.focus.capital.name} – ${partner?.capital.name ?? f.properties.partnerId}`,
        partner: partner?.name ?? f.properties.partnerId,
        relationship: kindLabel(f.properties.kind),
      },
    };
  });
  return {
    type: 'FeatureCollection',
    name: `${dataset.title}, ${year ?? 'today'}`,
    dataset_as_of: dataset.asOf,
    licence: DATA_LICENCE,
    view: link,
    features: [...routes, ...links],
  };
}
