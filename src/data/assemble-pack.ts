import type {
  DatedFact,
  FocusDataset,
  FocusDetails,
  Organisation,
  OrgStanding,
  PartnerDetails,
  RelationKindId,
  RouteDetails,
  RouteId,
} from './schema';
import { kinds as sharedKinds } from './shared/kinds';
import { organisations as sharedOrganisations } from './shared/organisations';
import { routeGroups as sharedGroups, routes as sharedRoutes } from './shared/routes';

/**
 * What a pack writes itself; the rest of its dataset comes from the shared facts (routes,
 * organisations, kinds), so that the same pipe or organisation is described once.
 */
export interface PackParts extends Omit<FocusDataset, 'kinds' | 'organisations' | 'routes' | 'routeGroups'> {
  /** A sentence added to a kind's definition in the legend, about this focus country's partners. */
  kindNotes: Partial<Record<RelationKindId, string>>;
  standings: readonly OrgStanding[];
  /** The shared routes this focus country's map shows. */
  routeIds: readonly RouteId[];
}

/** The focus country's standing merged into each shared organisation it has one in. */
function withStandings(standings: readonly OrgStanding[]): Organisation[] {
  return standings.map((standing) => {
    const base = sharedOrganisations.find((o) => o.id === standing.id);
    if (!base) throw new Error(`No shared organisation ${standing.id}`);
    return { ...base, ...standing };
  });
}

/** A pack's whole first-view dataset: its own parts and the shared facts it names. */
export function assembleDataset({ kindNotes, standings, routeIds, ...own }: PackParts): FocusDataset {
  const routes = sharedRoutes.filter((r) => routeIds.includes(r.id));
  return {
    ...own,
    kinds: sharedKinds.map((k) => (kindNotes[k.id] ? { ...k, definition: `${k.definition} ${kindNotes[k.id]}` } : k)),
    organisations: withStandings(standings),
    routes,
    // A group is offered only when the pack shows all of its routes.
    routeGroups: sharedGroups.filter((g) => g.routes.every((id) => routeIds.includes(id))),
  };
}

/**
 * A pack's details: its partners' panels and evidence, and the shared panels of the routes it shows, each
 * with the pack's notes on what the route means to the focus country.
 */
export function assembleDetails(
  partners: Readonly<Record<string, PartnerDetails>>,
  evidence: Readonly<Record<string, DatedFact>>,
  allRoutes: Readonly<Record<string, RouteDetails>>,
  routeIds: readonly RouteId[],
  routeNotes: Partial<Record<RouteId, DatedFact[]>> = {},
): FocusDetails {
  const routes = routeIds.flatMap((id) => {
    const shared = allRoutes[id];
    const notes = routeNotes[id];
    return shared ? [[id, notes ? { ...shared, focusNotes: notes } : shared] as const] : [];
  });
  return { partners, evidence, routes: Object.fromEntries(routes) };
}
