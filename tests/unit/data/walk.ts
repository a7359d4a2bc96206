import type { LoadedPack } from './packs';

/** Everything a pack holds: the first-view dataset, the details and the events. */
export const wholePack = (p: LoadedPack) =>
  ({
    dataset: p.dataset,
    evidence: p.details.evidence,
    partnerDetails: p.details.partners,
    routeDetails: p.details.routes,
    events: p.events,
  }) as const;

export interface Found {
  /** Where in the data, e.g. `dataset.partners[0].periods[1].establishing.source`. */
  path: string;
  value: string;
}

function walk(value: unknown, path: string, visit: (key: string, v: unknown, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      visit(String(i), v, `${path}[${i}]`);
      walk(v, `${path}[${i}]`, visit);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v, `${path}.${k}`);
      walk(v, `${path}.${k}`, visit);
    }
  }
}

/** Every source URL anywhere in `value` (any object with a string `url`). */
export function urlsIn(value: unknown, path = 'pack'): Found[] {
  const found: Found[] = [];
  walk(value, path, (key, v, p) => {
    if (key === 'url' && typeof v === 'string') found.push({ path: p, value: v });
  });
  return found;
}

/** Every sentence a reader sees: fact texts, summaries, notes, operator and shareholder texts. */
export function textsIn(value: unknown, path = 'pack'): Found[] {
  const found: Found[] = [];
  walk(value, path, (key, v, p) => {
    if ((key === 'text' || key === 'summary' || key === 'note' || key === 'definition') && typeof v === 'string') {
      found.push({ path: p, value: v });
    }
  });
  return found;
}
