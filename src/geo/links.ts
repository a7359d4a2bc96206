import greatCircle from '@turf/great-circle';
import type { Feature, LineString, Position } from 'geojson';

/**
 * Rejoins a line that turf split at the antimeridian into one continuous line whose longitudes
 * may run past ±180, which is what a panning Leaflet map draws without a jump across the world.
 */
export function unwrapLongitudes(parts: Position[][]): Position[] {
  const out: Position[] = [];
  for (const part of parts) {
    for (const [lng, lat] of part) {
      const prev = out[out.length - 1];
      let x = lng as number;
      if (prev) {
        while (x - (prev[0] as number) > 180) x -= 360;
        while (x - (prev[0] as number) < -180) x += 360;
        if (x === prev[0] && lat === prev[1]) continue;
      }
      out.push([x, lat as number]);
    }
  }
  return out;
}

/**
 * A great-circle arc from `from` to `to` ([lng, lat]) as one continuous LineString, or null when
 * the two points are the same place (there is nothing to draw).
 */
export function buildLink<P extends object>(from: Position, to: Position, properties: P, points = 64): Feature<LineString, P> | null {
  if (from[0] === to[0] && from[1] === to[1]) return null;
  const arc = greatCircle(from, to, { npoints: points });
  const parts = arc.geometry.type === 'LineString' ? [arc.geometry.coordinates] : arc.geometry.coordinates;
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: unwrapLongitudes(parts) } };
}
