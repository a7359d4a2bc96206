import type { Feature, LineString } from 'geojson';
import type { FocusDataset, Organisation, PartnerCore, RelationKindId, RouteCore } from '../data/schema';
import { buildLink } from '../geo/links';
import { isMemberIn, periodAt, type PartnerIndex } from './selectors';
import type { Selection } from './view-state';

/** What the current selection points at, resolved against the dataset. */
export type Resolved =
  | { type: 'partner'; partner: PartnerCore }
  | { type: 'country'; id: string }
  | { type: 'route'; route: RouteCore }
  | { type: 'org'; org: Organisation };

/**
 * Resolves a selection; a country with no entry of its own resolves to its bloc (an EU member
 * opens the EU panel), and an id the data doesn't know resolves to null.
 */
export function resolveSelection(
  sel: Selection | null,
  dataset: FocusDataset,
  index: PartnerIndex,
  knownCountry: (id: string) => boolean,
): Resolved | null {
  if (!sel) return null;
  switch (sel.kind) {
    case 'country': {
      const partner = index.forCountry.get(sel.id);
      if (partner) return { type: 'partner', partner };
      return knownCountry(sel.id) || sel.id === dataset.focus.id ? { type: 'country', id: sel.id } : null;
    }
    case 'bloc': {
      const partner = index.byId.get(sel.id);
      return partner?.members ? { type: 'partner', partner } : null;
    }
    case 'route': {
      const route = dataset.routes.find((r) => r.id === sel.id);
      return route ? { type: 'route', route } : null;
    }
    case 'org': {
      const org = dataset.organisations.find((o) => o.id === sel.id);
      return org ? { type: 'org', org } : null;
    }
  }
}

/** The selection a click on a country makes: the country, or its bloc when it has no entry. */
export function selectionForCountry(id: string, index: PartnerIndex): Selection {
  const partner = index.forCountry.get(id);
  return partner?.members ? { kind: 'bloc', id: partner.id } : { kind: 'country', id };
}

export interface CountryRole {
  focus: boolean;
  /** The relationship kind in force (own entry or bloc), or null for a non-partner. */
  kind: RelationKindId | null;
  selected: boolean;
  /** A member of the organisation shown in the panel. */
  highlighted: boolean;
}

/** How each country is drawn, given the year and the selection. */
export function countryRoles(
  dataset: FocusDataset,
  index: PartnerIndex,
  year: number | null,
  resolved: Resolved | null,
): (id: string) => CountryRole {
  const selectedIds = new Set<string>();
  if (resolved?.type === 'partner') {
    selectedIds.add(resolved.partner.id);
    for (const m of resolved.partner.members ?? []) selectedIds.add(m);
  }
  if (resolved?.type === 'country') selectedIds.add(resolved.id);
  const orgMembers = new Set(resolved?.type === 'org' && isMemberIn(resolved.org, year) ? resolved.org.members : []);
  return (id) => {
    const partner = index.forCountry.get(id);
    return {
      focus: id === dataset.focus.id,
      kind: partner ? (periodAt(partner, year)?.kind ?? null) : null,
      selected: selectedIds.has(id),
      highlighted: orgMembers.has(id),
    };
  };
}

export interface LinkProps {
  partnerId: string;
  kind: RelationKindId;
}

/** Great-circle links from the focus capital to each partner with a relationship in `year`. */
export function partnerLinks(dataset: FocusDataset, year: number | null): Feature<LineString, LinkProps>[] {
  const { capital } = dataset.focus;
  return dataset.partners.flatMap((p) => {
    const period = periodAt(p, year);
    if (!period) return [];
    const link = buildLink([capital.lng, capital.lat], [p.capital.lng, p.capital.lat], { partnerId: p.id, kind: period.kind });
    return link ? [link] : [];
  });
}
