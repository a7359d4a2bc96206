import { sortKey } from '../lib/compare';
import type { FocusDataset } from '../data/schema';
import { selectionForPartner } from './selection';
import type { Selection } from './view-state';

export interface SearchEntry {
  sel: Selection;
  label: string;
  /** What it is, shown beside the label: "Partner", "Country", "Oil pipeline", … */
  category: string;
  /** Normalised name and alternative names, matched against the query. */
  terms: string[];
}

/** Lower-case, accents stripped, punctuation to spaces: "Türkiye" and "turkiye" meet. */
export function normalise(text: string): string {
  return sortKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ROUTE_CATEGORY = { oil: 'Oil pipeline', gas: 'Gas pipeline', rail: 'Railway', corridor: 'Corridor' } as const;

/** Everything the search finds: partners, every other country, routes (with their group's names) and organisations. */
export function buildSearchIndex(dataset: FocusDataset, countryNames: Readonly<Record<string, string>>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const partnerIds = new Set(dataset.partners.map((p) => p.id));
  for (const p of dataset.partners) {
    entries.push({
      sel: selectionForPartner(p),
      label: p.name,
      category: p.members ? 'Partner bloc' : 'Partner',
      terms: [p.name, ...p.altNames, p.id].map(normalise),
    });
  }
  for (const [id, name] of Object.entries(countryNames)) {
    if (partnerIds.has(id)) continue;
    entries.push({
      sel: { kind: 'country', id },
      label: name,
      category: id === dataset.focus.id ? 'Focus country' : 'Country',
      terms: [name, id].map(normalise),
    });
  }
  for (const r of dataset.routes) {
    const groups = dataset.routeGroups.filter((g) => g.routes.includes(r.id));
    const groupTerms = groups.flatMap((g) => [g.name, g.id, ...g.altNames]);
    entries.push({
      sel: { kind: 'route', id: r.id },
      label: `${r.name} (${r.shortName})`,
      category: groups.length > 0 ? `${ROUTE_CATEGORY[r.type]}, part of the ${groups[0]?.name}` : ROUTE_CATEGORY[r.type],
      terms: [r.name, r.shortName, r.id, ...r.altNames, ...groupTerms].map(normalise),
    });
  }
  for (const o of dataset.organisations) {
    entries.push({
      sel: { kind: 'org', id: o.id },
      label: o.name,
      category: `Organisation (${o.shortName})`,
      terms: [o.name, o.shortName, ...o.altNames].map(normalise),
    });
  }
  return entries;
}

/**
 * The best matches for a query: a term that starts with it beats a word inside a term that
 * starts with it, which beats a match anywhere; ties keep the index order (partners first).
 */
export function search(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normalise(query);
  if (!q) return [];
  const rank = (e: SearchEntry) => {
    let best = 3;
    for (const t of e.terms) {
      if (t === q) return 0;
      if (t.startsWith(q)) best = Math.min(best, 1);
      else if (t.includes(` ${q}`)) best = Math.min(best, 2);
      else if (q.length >= 3 && t.includes(q)) best = Math.min(best, 2.5);
    }
    return best;
  };
  return entries
    .map((e, i) => ({ e, i, r: rank(e) }))
    .filter(({ r }) => r < 3)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map(({ e }) => e);
}
