// Builds public/geo/routes.geojson from the hand-traced route courses in route-traces.mjs:
// one LineString Feature per segment, properties { routeId, status, segment, from, to } (from
// and to: the names of its first and last places, which the map shows for a selected route), coordinates
// [lng, lat] rounded to 4 decimals (about 10 m, far finer than the traces are accurate) to keep
// the file small. Deterministic: the same traces always give the same bytes.
// Run: node scripts/build-routes.mjs
import { writeFile, mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { routeTraces } from './route-traces.mjs';

const OUT = new URL('../public/geo/routes.geojson', import.meta.url);

const round = (x) => Math.round(x * 1e4) / 1e4;
/** A place's name as the map shows it: without the trace's notes ("(approx.)", "(railway station)"). */
const placeName = (name) => name.replace(/\s*\(.*?\)/g, '').trim();

/** The [lng, lat] positions of a segment, without the repeats that rounding can create. */
function positions(vertices) {
  const out = [];
  for (const { lat, lng } of vertices) {
    const p = [round(lng), round(lat)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** The routes as a GeoJSON FeatureCollection, in the order of the traces. */
export function routesGeoJson(traces = routeTraces) {
  const features = Object.entries(traces).flatMap(([routeId, segments]) =>
    segments.map(({ segment, status, vertices }) => {
      const coordinates = positions(vertices);
      if (coordinates.length < 2) throw new Error(`${routeId} / ${segment}: a line needs two distinct points`);
      const [from, to] = [vertices[0], vertices.at(-1)].map((v) => placeName(v.name));
      return { type: 'Feature', properties: { routeId, status, segment, from, to }, geometry: { type: 'LineString', coordinates } };
    }),
  );
  return { type: 'FeatureCollection', features };
}

async function main() {
  const json = JSON.stringify(routesGeoJson());
  await mkdir(new URL('.', OUT), { recursive: true });
  await writeFile(OUT, `${json}\n`);
  console.log(`wrote ${OUT.pathname}: ${json.length} bytes`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
