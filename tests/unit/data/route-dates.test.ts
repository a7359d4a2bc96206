import { describe, expect, it } from 'vitest';
import { routes } from '../../../src/data/shared/routes';
import { yearOf } from '../../../src/state/selectors';

describe('route dates agree with route status', () => {
  it.each(routes)('$id', (r) => {
    const started = r.constructionStarted ? yearOf(r.constructionStarted.date) : null;
    const opened = r.opened ? yearOf(r.opened.date) : null;
    switch (r.status) {
      case 'operational':
        expect(opened, 'an operational route has an opening date').not.toBeNull();
        expect(r.idleSince).toBeUndefined();
        break;
      case 'idle':
        expect(opened, 'an idle route once opened').not.toBeNull();
        expect(r.idleSince, 'an idle route says since when').toBeDefined();
        expect(yearOf(r.idleSince!)).toBeGreaterThanOrEqual(opened!);
        break;
      case 'under-construction':
        expect(started, 'works have begun').not.toBeNull();
        expect(opened, 'not yet open').toBeNull();
        break;
      case 'planned':
      case 'proposed':
        expect(started).toBeNull();
        expect(opened).toBeNull();
        break;
    }
    if (started !== null && opened !== null) expect(started).toBeLessThanOrEqual(opened);
    if (opened !== null) expect(opened).toBeLessThanOrEqual(new Date().getFullYear());
  });
});
