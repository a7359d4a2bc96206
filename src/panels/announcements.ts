import type { FocusDataset, RouteCore } from '../data/schema';
import type { Resolved } from '../state/selection';
import { periodAt } from '../state/selectors';

/** A text summary of what the map shows, for screen readers. */
export function mapSummary(
  dataset: FocusDataset,
  year: number | null,
  shown: readonly string[],
  routeById: ReadonlyMap<string, RouteCore>,
): string {
  const routeNames = shown.map((id) => routeById.get(id)?.name ?? id);
  const counts = dataset.kinds
    .map((k) => ({ k, n: dataset.partners.filter((p) => periodAt(p, year)?.kind === k.id).length }))
    .filter(({ n }) => n > 0)
    .map(({ k, n }) => `${n} ${k.label.toLowerCase()}`);
  const when = year === null ? 'today' : `in ${year}`;
  const routes = routeNames.length > 0 ? `Routes shown: ${routeNames.join(', ')}.` : 'No routes shown.';
  return `The map shows ${dataset.focus.name} and its partners ${when}: ${counts.join(', ')}. ${routes}`;
}

/** What the live region says when the selection changes. */
export function selectionAnnouncement(resolved: Resolved | null, countryName: (id: string) => string): string {
  switch (resolved?.type) {
    case undefined:
      return '';
    case 'partner':
      return `Selected ${resolved.partner.name}. Details panel opened.`;
    case 'country':
      return `Selected ${countryName(resolved.id)}. Details panel opened.`;
    case 'route':
      return `Selected the ${resolved.route.name}. Details panel opened.`;
    case 'org':
      return `Selected ${resolved.org.name}; its members are highlighted. Details panel opened.`;
  }
}
