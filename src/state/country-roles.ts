import type { FocusDataset, RelationKind, RelationKindId } from '../data/schema';
import type { Resolved } from './selection';
import { isMemberIn, periodAt, strainsAt, type PartnerIndex } from './selectors';

export interface CountryRole {
  focus: boolean;
  /** The relationship kind in force (own entry or bloc), or null for a non-partner. */
  kind: RelationKindId | null;
  /** A relationship under strain in that year, its own or its bloc's (said in the tooltip). */
  strained: boolean;
  /**
   * Outlined as strained on the map: its own relationship is. A bloc's strain is outlined once,
   * around the bloc (map/BlocOutlineLayer), not around each of its 27 members.
   */
  outlined: boolean;
  selected: boolean;
  /** Its standing in the organisation shown in the panel: a full member, or a partner-type standing. */
  highlighted: 'member' | 'partner' | null;
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
  const org = resolved?.type === 'org' && isMemberIn(resolved.org, year) ? resolved.org : null;
  const orgMembers = new Set(org?.members);
  const orgPartners = new Set(org?.partners);
  return (id) => {
    const partner = index.forCountry.get(id);
    const strained = partner ? strainsAt(partner, year).length > 0 : false;
    return {
      focus: id === dataset.focus.id,
      kind: partner ? (periodAt(partner, year)?.kind ?? null) : null,
      strained,
      outlined: strained && !partner?.members,
      selected: selectedIds.has(id),
      highlighted: orgMembers.has(id) ? 'member' : orgPartners.has(id) ? 'partner' : null,
    };
  };
}

/** A country's name with its relationship, for tooltips and labels. */
export function describeCountry(name: string, role: CountryRole, kinds: readonly RelationKind[]): string {
  const label = role.kind ? kinds.find((k) => k.id === role.kind)?.label : null;
  if (role.focus) return `${name} (focus country)`;
  if (!label) return name;
  return role.strained ? `${name} — ${label}, under strain` : `${name} — ${label}`;
}
