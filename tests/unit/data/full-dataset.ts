import type { Route } from '../../../src/data/schema';
import { routeDetails } from '../../../src/data/shared/route-details';
import { routes as routeCores } from '../../../src/data/shared/routes';

/** Each item's map half joined with its details; throws if one is missing or left over. */
export function join<C extends { id: string }, D>(cores: readonly C[], details: Readonly<Record<string, D>>, what: string): (C & D)[] {
  const extra = Object.keys(details).filter((id) => !cores.some((c) => c.id === id));
  if (extra.length > 0) throw new Error(`${what} details without an entry: ${extra.join(', ')}`);
  return cores.map((c) => {
    const d = details[c.id];
    if (!d) throw new Error(`${what} ${c.id} has no details`);
    return { ...c, ...d };
  });
}

/** The shared routes as a panel sees them, whichever pack shows them. */
export const routes: Route[] = join(routeCores, routeDetails, 'route');
