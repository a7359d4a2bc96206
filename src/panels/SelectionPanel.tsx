import { useEffect, useMemo, useState } from 'react';
import type { Feature, MultiLineString } from 'geojson';
import type { Geometry } from '../data/load-geometry';
import type { FocusDataset, FocusDetails, Route } from '../data/schema';
import { withEvidence } from '../data/with-evidence';
import type { Resolved } from '../state/selection';
import { routesThrough, sharedOrganisations } from '../state/selectors';
import { routeStageIn, stageNote } from '../state/timeline';
import type { Selection } from '../state/view-state';
import { CountryPanel } from './CountryPanel';
import { DetailPanel } from './DetailPanel';
import { OrganisationPanel } from './OrganisationPanel';
import { PartnerPanel } from './PartnerPanel';
import { RoutePanel } from './RoutePanel';

interface SelectionPanelProps {
  resolved: Resolved;
  dataset: FocusDataset;
  /** The panel half of the dataset (summaries, treaties, route facts), loaded with this module. */
  details: FocusDetails;
  year: number | null;
  geometry: Geometry | null;
  countryName: (id: string) => string;
  onSelect: (sel: Selection) => void;
  onClose: () => void;
}

/** All drawn segments of a route as one line, for measuring. */
function drawnLine(route: Route, geometry: Geometry): Feature<MultiLineString> {
  const lines = geometry.routes.features
    .filter((f) => f.properties.routeId === route.id)
    .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}

/**
 * Per-country estimate from the drawn line, only for routes whose official split is unpublished.
 * The measuring code (turf's intersections) loads on first use, not with the map.
 */
function useEstimate(route: Route | null, geometry: Geometry | null) {
  const [estimate, setEstimate] = useState<{ routeId: string; km: Record<string, number> } | null>(null);
  useEffect(() => {
    const total = route?.length?.totalKm;
    if (!route || !total || route.length?.byCountry || !geometry) return;
    let live = true;
    void import('../geo/route-lengths').then(({ estimateSplit, lengthByCountry }) => {
      if (live)
        setEstimate({ routeId: route.id, km: estimateSplit(total, lengthByCountry(drawnLine(route, geometry), geometry.countries)) });
    });
    return () => {
      live = false;
    };
  }, [route, geometry]);
  return estimate && estimate.routeId === route?.id ? estimate.km : null;
}

function MissingDetails({ name, onClose }: { name: string; onClose: () => void }) {
  return (
    <DetailPanel itemKey={`missing:${name}`} title={name} eyebrow="Details unavailable" onClose={onClose}>
      <p>The details for {name} are missing from this build of the map. The rest of the map still works.</p>
    </DetailPanel>
  );
}

/** Picks the panel for what is selected, joining the map's half of an item with its details. */
export function SelectionPanel({ resolved, dataset, details, year, geometry, countryName, onSelect, onClose }: SelectionPanelProps) {
  const routeDetails = resolved.type === 'route' ? details.routes[resolved.route.id] : undefined;
  const route = useMemo(
    () => (resolved.type === 'route' && routeDetails ? { ...resolved.route, ...routeDetails } : null),
    [resolved, routeDetails],
  );
  const estimate = useEstimate(route, geometry);
  switch (resolved.type) {
    case 'partner': {
      const partnerDetails = details.partners[resolved.partner.id];
      if (!partnerDetails) return <MissingDetails name={resolved.partner.name} onClose={onClose} />;
      const partner = withEvidence(resolved.partner, partnerDetails, details.evidence);
      const ids = partner.members ?? [partner.id];
      return (
        <PartnerPanel
          partner={partner}
          kinds={dataset.kinds}
          focusName={dataset.focus.name}
          year={year}
          organisations={sharedOrganisations(dataset, ids, year)}
          routes={dataset.routes.filter((r) => ids.some((id) => r.countries.includes(id)))}
          bloc={dataset.partners.find((p) => p.members?.includes(partner.id)) ?? null}
          countryName={countryName}
          onSelect={onSelect}
          onClose={onClose}
        />
      );
    }
    case 'country':
      return (
        <CountryPanel
          id={resolved.id}
          name={countryName(resolved.id)}
          isFocus={resolved.id === dataset.focus.id}
          focusName={dataset.focus.name}
          organisations={sharedOrganisations(dataset, [resolved.id], year)}
          routes={routesThrough(dataset.routes, resolved.id)}
          onSelect={onSelect}
          onClose={onClose}
        />
      );
    case 'route':
      if (!route) return <MissingDetails name={resolved.route.name} onClose={onClose} />;
      return (
        <RoutePanel
          route={route}
          yearNote={stageNote(routeStageIn(route, year), year)}
          estimate={estimate}
          countryName={countryName}
          focus={dataset.focus}
          onSelect={onSelect}
          onClose={onClose}
        />
      );
    case 'org':
      return (
        <OrganisationPanel
          org={resolved.org}
          focusName={dataset.focus.name}
          year={year}
          countryName={countryName}
          onSelect={onSelect}
          onClose={onClose}
        />
      );
  }
}
