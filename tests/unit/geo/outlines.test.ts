import { multiLineString } from '@turf/helpers';
import length from '@turf/length';
import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseCountryTopology } from '../../../src/data/load-geometry';
import { outerBoundary } from '../../../src/geo/outlines';
import { rawCountriesJson } from '../geo-fixtures';

const { topology } = parseCountryTopology(rawCountriesJson());
const countries = topology.objects.countries as unknown as GeometryObject;
const km = (lines: number[][][]) => length(multiLineString(lines));
/** A country's whole boundary, coasts included. */
const perimeter = (id: string) => km(outerBoundary(topology, [id]).coordinates);

describe('the outer boundary of a group of countries', () => {
  it('is a country’s whole boundary when the group is one country', () => {
    const own = mesh(topology, countries, (a, b) => a.id === 'FRA' || b.id === 'FRA');
    expect(perimeter('FRA')).toBeCloseTo(km(own.coordinates), 0);
  });

  it('leaves out the borders between members, and only those', () => {
    const shared = mesh(topology, countries, (a, b) => a !== b && [a.id, b.id].sort().join() === 'DEU,FRA');
    const sharedKm = km(shared.coordinates);
    expect(sharedKm).toBeGreaterThan(300);
    const pair = km(outerBoundary(topology, ['FRA', 'DEU']).coordinates);
    expect(pair).toBeCloseTo(perimeter('FRA') + perimeter('DEU') - 2 * sharedKm, 0);
  });

  it('is empty for no members, and ignores ids it does not know', () => {
    expect(outerBoundary(topology, []).coordinates).toEqual([]);
    expect(outerBoundary(topology, ['ZZZ']).coordinates).toEqual([]);
  });
});
