import type { SegmentStatus } from '../data/load-geometry';
import type { RouteCore } from '../data/schema';
import { yearOf } from './selectors';

/** What a route was in a given year. */
export type RouteStage = 'not-yet' | 'under-construction' | 'operational' | 'idle' | 'planned';

/**
 * A route's stage in `year` (null = today, from its current status). In a past year a route is
 * operational from its opening, idle from `idleSince`, under construction from its start of
 * works, and not yet there before that; a route never begun is only drawn as planned today.
 */
export function routeStageIn(route: RouteCore, year: number | null): RouteStage {
  if (year === null) {
    if (route.status === 'planned' || route.status === 'proposed') return 'planned';
    return route.status;
  }
  if (route.opened && yearOf(route.opened.date) <= year) {
    return route.idleSince && yearOf(route.idleSince) <= year ? 'idle' : 'operational';
  }
  if (route.constructionStarted && yearOf(route.constructionStarted.date) <= year) return 'under-construction';
  return 'not-yet';
}

/**
 * How a drawn segment looks at a route's stage: while the route is being built its finished
 * segments are drawn as under construction; otherwise a segment keeps the status it has today.
 */
export function segmentStatusAt(stage: RouteStage, today: SegmentStatus): SegmentStatus {
  return stage === 'under-construction' && today === 'built' ? 'under-construction' : today;
}

/** A short note for the layers control when a route cannot be seen as built in `year`. */
export function stageNote(stage: RouteStage, year: number | null): string | null {
  if (year === null) return null;
  if (stage === 'not-yet') return `Not yet begun in ${year}`;
  if (stage === 'under-construction') return `Under construction in ${year}`;
  if (stage === 'idle') return `Idle in ${year}`;
  return null;
}
