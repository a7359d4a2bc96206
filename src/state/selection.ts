import type { FocusDataset, Organisation, PartnerCore, RouteCore } from '../data/schema';
import type { PartnerIndex } from './selectors';
import { type Selection, type SelectionKind, selectionKinds } from './view-state';

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

/** The selection that opens a partner's panel: a bloc for a bloc, else the country. */
export const selectionForPartner = (partner: Pick<PartnerCore, 'id' | 'members'>): Selection =>
  partner.members ? { kind: 'bloc', id: partner.id } : { kind: 'country', id: partner.id };

/** The selection a click on a country makes: the country, or its bloc when it has no entry. */
export function selectionForCountry(id: string, index: PartnerIndex): Selection {
  const partner = index.forCountry.get(id);
  return partner?.members ? selectionForPartner(partner) : { kind: 'country', id };
}

/**
 * Reads a `<kind>:<id>` reference (the URL's `sel` value, an event's refs) into a selection, or
 * null when the kind is not one of ours. Whether the id exists is for the caller to check.
 */
export function parseSelectionRef(ref: string): Selection | null {
  const colon = ref.indexOf(':');
  const kind = ref.slice(0, colon);
  const id = ref.slice(colon + 1);
  if (colon < 0 || id === '' || !(selectionKinds as readonly string[]).includes(kind)) return null;
  return { kind: kind as SelectionKind, id };
}

/** The `<kind>:<id>` form of a selection, as the URL writes it. */
export const selectionRef = (sel: Selection): string => `${sel.kind}:${sel.id}`;
