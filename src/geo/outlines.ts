import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { CountryTopology } from '../data/load-geometry';

/**
 * The outer boundary of a group of countries (a bloc), from the topology's shared arcs: every arc
 * with the group on one side only, and every coast of a member. Borders between members are left
 * out, so 27 EU states give one outline, not 27.
 */
export function outerBoundary(topology: CountryTopology, ids: readonly string[]): MultiLineString {
  const members = new Set(ids);
  const inGroup = (g: { id?: string | number } | undefined) => g !== undefined && members.has(String(g.id));
  const countries = topology.objects.countries as unknown as GeometryObject;
  return mesh(topology, countries, (a, b) => (a === b ? inGroup(a) : inGroup(a) !== inGroup(b)));
}
