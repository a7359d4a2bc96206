import type { Partner, Route } from '../../../src/data/schema';
import { partnerDetails } from '../../../src/data/azerbaijan/partner-details';
import { partners as partnerCores } from '../../../src/data/azerbaijan/partners';
import { routeDetails } from '../../../src/data/azerbaijan/route-details';
import { routes as routeCores } from '../../../src/data/azerbaijan/routes';

function join<C extends { id: string }, D>(cores: readonly C[], details: Readonly<Record<string, D>>, what: string): (C & D)[] {
  const extra = Object.keys(details).filter((id) => !cores.some((c) => c.id === id));
  if (extra.length > 0) throw new Error(`${what} details without an entry: ${extra.join(', ')}`);
  return cores.map((c) => {
    const d = details[c.id];
    if (!d) throw new Error(`${what} ${c.id} has no details`);
    return { ...c, ...d };
  });
}

/** The dataset as a panel sees it: each item's map half joined with its details (throws if one is missing). */
export const partners: Partner[] = join(partnerCores, partnerDetails, 'partner');
export const routes: Route[] = join(routeCores, routeDetails, 'route');
