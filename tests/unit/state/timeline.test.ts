import { describe, expect, it } from 'vitest';
import type { PartnerCore, RouteCore } from '../../../src/data/schema';
import { periodAt } from '../../../src/state/selectors';
import { routeStageIn, segmentStatusAt, stageNote } from '../../../src/state/timeline';

const source = { url: 'https://example.org/source' };
const fact = (date: string) => ({ date, text: 'x', source });

const pipeline: RouteCore = {
  id: 'btc',
  name: 'Test pipeline',
  shortName: 'TP',
  altNames: [],
  type: 'oil',
  status: 'operational',
  constructionStarted: fact('2002-09-18'),
  opened: fact('2006-07-13'),
  countries: ['AZE'],
};

describe('routeStageIn', () => {
  it('is not there before construction, under construction until it opens, operational after', () => {
    expect(routeStageIn(pipeline, 2001)).toBe('not-yet');
    expect(routeStageIn(pipeline, 2002)).toBe('under-construction');
    expect(routeStageIn(pipeline, 2005)).toBe('under-construction');
    expect(routeStageIn(pipeline, 2006)).toBe('operational');
    expect(routeStageIn(pipeline, 2020)).toBe('operational');
    expect(routeStageIn(pipeline, null)).toBe('operational');
  });

  it('falls idle from idleSince', () => {
    const idle: RouteCore = { ...pipeline, status: 'idle', idleSince: '2022' };
    expect(routeStageIn(idle, 2021)).toBe('operational');
    expect(routeStageIn(idle, 2022)).toBe('idle');
    expect(routeStageIn(idle, null)).toBe('idle');
  });

  it('draws a route never begun only today, as planned', () => {
    const proposed: RouteCore = { ...pipeline, status: 'proposed', constructionStarted: undefined, opened: undefined };
    expect(routeStageIn(proposed, 2020)).toBe('not-yet');
    expect(routeStageIn(proposed, null)).toBe('planned');
  });

  it('without a known start of works, appears when it opens', () => {
    const noStart: RouteCore = { ...pipeline, constructionStarted: undefined };
    expect(routeStageIn(noStart, 2005)).toBe('not-yet');
    expect(routeStageIn(noStart, 2006)).toBe('operational');
  });
});

describe('segmentStatusAt', () => {
  it('draws finished segments as under construction while the route is being built', () => {
    expect(segmentStatusAt('under-construction', 'built')).toBe('under-construction');
    expect(segmentStatusAt('operational', 'built')).toBe('built');
    expect(segmentStatusAt('operational', 'planned')).toBe('planned');
  });
});

describe('stageNote', () => {
  it('says nothing today or for an operational route, and names the year otherwise', () => {
    expect(stageNote('not-yet', null)).toBeNull();
    expect(stageNote('operational', 2010)).toBeNull();
    expect(stageNote('not-yet', 2005)).toBe('Not yet begun in 2005');
    expect(stageNote('under-construction', 2005)).toBe('Under construction in 2005');
  });
});

describe('periodAt: a kind that changes', () => {
  const partner: PartnerCore = {
    id: 'RUS',
    name: 'Russia',
    altNames: [],
    dimensions: ['energy'],
    periods: [
      { from: '1992-04-04', to: '1997-07-03', kind: 'cooperative', supporting: ['RUS_1992_04_04'] },
      {
        from: '1997-07-03',
        to: '2022-02-22',
        kind: 'strategic',
        establishing: { type: 'strategic-partnership', ref: 'RUS_1997_07_03' },
        supporting: [],
      },
      { from: '2022-02-22', kind: 'alliance', establishing: { type: 'alliance-declaration', ref: 'RUS_2022_02_22' }, supporting: [] },
    ],
    strains: [],
    capital: { name: 'Moscow', lat: 55.75, lng: 37.6, source },
  };

  it('has no kind before relations began', () => {
    expect(periodAt(partner, 1991)).toBeNull();
  });

  it('takes the period in force in the chosen year, and the latest for today', () => {
    expect(periodAt(partner, 1995)?.kind).toBe('cooperative');
    expect(periodAt(partner, 1997)?.kind).toBe('strategic');
    expect(periodAt(partner, 2021)?.kind).toBe('strategic');
    expect(periodAt(partner, 2022)?.kind).toBe('alliance');
    expect(periodAt(partner, null)?.kind).toBe('alliance');
  });
});
