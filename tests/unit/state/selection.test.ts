import { describe, expect, it } from 'vitest';
import { countryRoles, describeCountry } from '../../../src/state/country-roles';
import { deriveFocusContext } from '../../../src/state/focus-context';
import { boundsForSelection } from '../../../src/state/selection-bounds';
import { parseSelectionRef, resolveSelection, selectionForCountry, selectionForPartner, selectionRef } from '../../../src/state/selection';
import { indexPartners, strainsAt } from '../../../src/state/selectors';
import { tinyDataset, tinyGeometry, tinyNames } from '../fixtures/tiny-dataset';

const focus = deriveFocusContext(
  { dataset: tinyDataset, loadDetails: async () => ({ partners: {}, routes: {}, evidence: {} }), loadEvents: async () => [] },
  tinyNames,
  ['AAA'],
  new Date('2026-06-01'),
);
const resolve = (kind: 'country' | 'bloc' | 'route' | 'org', id: string) =>
  resolveSelection({ kind, id }, focus.dataset, focus.index, focus.knownCountry);

describe('resolveSelection', () => {
  it('a partner resolves to its entry; an EU member without one resolves to the bloc', () => {
    expect(resolve('country', 'BBB')).toMatchObject({ type: 'partner', partner: { id: 'BBB' } });
    expect(resolve('country', 'CCC')).toMatchObject({ type: 'partner', partner: { id: 'EU' } });
    expect(resolve('bloc', 'EU')).toMatchObject({ type: 'partner', partner: { id: 'EU' } });
  });

  it('a known country that is no partner resolves to a plain country; an unknown id to null', () => {
    expect(resolve('country', 'EEE')).toEqual({ type: 'country', id: 'EEE' });
    expect(resolve('country', 'ZZZ')).toBeNull();
    expect(resolve('bloc', 'BBB')).toBeNull();
    expect(resolve('route', 'nope')).toBeNull();
    expect(resolve('org', 'un')).toMatchObject({ type: 'org', org: { id: 'un' } });
  });

  it('a click on a bloc member selects the bloc; a partner selects itself', () => {
    expect(selectionForCountry('DDD', focus.index)).toEqual({ kind: 'bloc', id: 'EU' });
    expect(selectionForCountry('BBB', focus.index)).toEqual({ kind: 'country', id: 'BBB' });
    expect(selectionForPartner({ id: 'EU', members: ['CCC'] })).toEqual({ kind: 'bloc', id: 'EU' });
  });
});

describe('kind:id references', () => {
  it('parse and print back', () => {
    expect(parseSelectionRef('route:btc')).toEqual({ kind: 'route', id: 'btc' });
    expect(selectionRef({ kind: 'org', id: 'un' })).toBe('org:un');
  });
  it.each(['', 'route', 'route:', 'planet:mars', ':btc'])('%j is not a reference', (ref) => {
    expect(parseSelectionRef(ref)).toBeNull();
  });
});

describe('country roles', () => {
  it('marks the focus, the kind in force, a strain in its years, and organisation standings', () => {
    const roles = countryRoles(focus.dataset, focus.index, 2021, resolve('org', 'un'));
    expect(roles('AAA')).toMatchObject({ focus: true });
    expect(roles('BBB')).toMatchObject({ kind: 'strategic', strained: true, highlighted: 'member' });
    expect(roles('EEE')).toMatchObject({ kind: null, highlighted: 'partner' });
    expect(countryRoles(focus.dataset, focus.index, null, null)('BBB')).toMatchObject({ strained: false, highlighted: null });
  });

  it('outlines a country under its own strain, but a bloc’s strain only around the bloc (not each member)', () => {
    expect(countryRoles(focus.dataset, focus.index, 2021, null)('BBB')).toMatchObject({ strained: true, outlined: true });
    const eu = focus.dataset.partners.find((p) => p.id === 'EU')!;
    const strainedEu = { ...eu, strains: [{ from: '2020', label: 'A row', evidence: ['EU_2020'] }] };
    const dataset = { ...focus.dataset, partners: focus.dataset.partners.map((p) => (p.id === 'EU' ? strainedEu : p)) };
    const roles = countryRoles(dataset, indexPartners(dataset.partners), null, null);
    expect(roles('CCC')).toMatchObject({ kind: 'cooperative', strained: true, outlined: false });
    expect(countryRoles(focus.dataset, focus.index, 2000, null)('BBB').kind).toBe('cooperative');
  });

  it('describes a country with its kind and its strain', () => {
    const role = countryRoles(focus.dataset, focus.index, 2021, null)('BBB');
    expect(describeCountry('Beta', role, tinyDataset.kinds)).toBe('Beta — Strategic partnership, under strain');
  });

  it('strainsAt follows the years', () => {
    const beta = tinyDataset.partners[0]!;
    expect(strainsAt(beta, 2019)).toEqual([]);
    expect(strainsAt(beta, 2022).map((s) => s.label)).toEqual(['A quarrel']);
    expect(strainsAt(beta, null)).toEqual([]);
  });
});

describe('boundsForSelection', () => {
  it('frames a country, a bloc by its members, an organisation by its members, a route by its line', () => {
    expect(boundsForSelection({ kind: 'country', id: 'BBB' }, tinyDataset, tinyGeometry)).toEqual([
      [19, 19],
      [21, 21],
    ]);
    expect(boundsForSelection({ kind: 'bloc', id: 'EU' }, tinyDataset, tinyGeometry)).toEqual([
      [40, 0],
      [47, 12],
    ]);
    expect(boundsForSelection({ kind: 'org', id: 'un' }, tinyDataset, tinyGeometry)).toEqual([
      [9, 0],
      [47, 21],
    ]);
    expect(boundsForSelection({ kind: 'route', id: 'btc' }, tinyDataset, tinyGeometry)).toEqual([
      [10, 10],
      [20, 20],
    ]);
    expect(boundsForSelection({ kind: 'country', id: 'EEE' }, tinyDataset, tinyGeometry)).toBeNull();
  });
});

describe('the catalog', () => {
  it('names every country, bloc, route and organisation a URL may use, and the years and zooms', () => {
    const { catalog } = focus;
    expect([...catalog.countries]).toEqual(Object.keys(tinyNames));
    expect([...catalog.blocs]).toEqual(['EU']);
    expect(catalog.routes).toEqual(['btc']);
    expect([...catalog.orgs]).toEqual(['un']);
    expect([catalog.minYear, catalog.maxYear]).toEqual([1991, 2026]);
    expect([catalog.minZoom, catalog.maxZoom]).toEqual([2, 10]);
  });
});

describe('the places a selected route names', () => {
  it('are the ends of its segments, each once, at their coordinates', async () => {
    const { routeStops } = await import('../../../src/state/hooks/use-map-labels');
    const line = (from: string, to: string, coordinates: number[][]) =>
      ({
        type: 'Feature',
        properties: { routeId: 'r', status: 'built', segment: `${from}–${to}`, from, to },
        geometry: { type: 'LineString', coordinates },
      }) as never;
    const stops = routeStops(
      [
        line('A', 'B', [
          [1, 2],
          [3, 4],
        ]),
        line('B', 'C', [
          [3, 4],
          [5, 6],
        ]),
      ],
      'r',
    );
    expect(stops).toEqual([
      { name: 'A', lng: 1, lat: 2 },
      { name: 'B', lng: 3, lat: 4 },
      { name: 'C', lng: 5, lat: 6 },
    ]);
    expect(routeStops([], 'r')).toEqual([]);
  });
});
