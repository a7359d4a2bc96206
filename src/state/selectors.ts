import type { FocusDataset, Organisation, PartnerCore as Partner, RouteCore as Route } from '../data/schema';

/** A dated span, as periods and strains are: `to` absent = still so. */
interface Span {
  from: string;
  to?: string | undefined;
}

/**
 * Pure look-ups over the dataset that the map and the panels share. `year` null means the
 * present; otherwise a fact counts from the year its date names.
 */

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/** The relationship period in force in `year` (the latest when null), or null before relations began. */
export function periodAt<P extends Span>(partner: { periods: readonly P[] }, year: number | null): P | null {
  if (year === null) return partner.periods.at(-1) ?? null;
  let found: P | null = null;
  for (const p of partner.periods) if (yearOf(p.from) <= year) found = p;
  return found;
}

/** The strains in force in `year` (today's when null): begun by then and not yet over. */
export function strainsAt<S extends Span>(partner: { strains: readonly S[] }, year: number | null): S[] {
  if (year === null) return partner.strains.filter((s) => s.to === undefined);
  return partner.strains.filter((s) => yearOf(s.from) <= year && (s.to === undefined || yearOf(s.to) >= year));
}

export interface PartnerIndex {
  /** Partners by their own id (country codes and `EU`). */
  byId: ReadonlyMap<string, Partner>;
  /** The partner a clicked country stands for: its own entry, else its bloc. */
  forCountry: ReadonlyMap<string, Partner>;
  /** Countries that belong to a bloc partner, mapped to it. */
  blocOf: ReadonlyMap<string, Partner>;
}

export function indexPartners(partners: readonly Partner[]): PartnerIndex {
  const byId = new Map(partners.map((p) => [p.id, p]));
  const blocOf = new Map<string, Partner>();
  for (const p of partners) for (const m of p.members ?? []) blocOf.set(m, p);
  const forCountry = new Map<string, Partner>(blocOf);
  for (const p of partners) if (!p.members) forCountry.set(p.id, p);
  return { byId, forCountry, blocOf };
}

/** Whether the focus country belonged to `org` (in its standing) in `year` (the present when null). */
export function isMemberIn(org: Organisation, year: number | null): boolean {
  if (year === null) return !org.left;
  return yearOf(org.joined.date) <= year && (!org.left || yearOf(org.left.date) > year);
}

/**
 * The organisations the focus country shares with a country, or with every member of a bloc (by the
 * organisation's current member list).
 */
export function sharedOrganisations(dataset: FocusDataset, countryIds: readonly string[], year: number | null): Organisation[] {
  return dataset.organisations.filter((o) => isMemberIn(o, year) && countryIds.every((id) => o.members.includes(id)));
}

/** Routes that start in, cross or end in a country. */
export function routesThrough(routes: readonly Route[], countryId: string): Route[] {
  return routes.filter((r) => r.countries.includes(countryId));
}
