import type { FocusDataset, RelationKind, RelationKindId } from '../data/schema';
import type { Resolved } from './selection';
import { isMemberIn, periodAt, type PartnerIndex } from './selectors';

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

/** A country's name with its relationship, for tooltips and labels. */
export function describeCountry(name: string, role: CountryRole, kinds: readonly RelationKind[]): string {
  const label = role.kind ? kinds.find((k) => k.id === role.kind)?.label : null;
  return role.focus ? `${name} (focus country)` : label ? `${name} — ${label}` : name;
}
