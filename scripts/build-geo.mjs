// Builds public/geo/countries.topo.json from Natural Earth (npm package world-atlas, 10m):
// ISO alpha-3 ids on every feature (names go to src/data/country-names.ts), the README's disputed-area policy,
// and variable simplification that keeps the South Caucasus detailed while the rest of the world
// stays small enough for the first-view budget. Run: npm run build:geo
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature, mergeArcs } from 'topojson-client';
import mapshaper from 'mapshaper';
import countries from 'i18n-iso-countries';
import bboxClip from '@turf/bbox-clip';
import polylabel from 'polylabel';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const OUT = new URL('../public/geo/countries.topo.json', import.meta.url);
// Names ship in the JS bundle (search, member lists and the URL's known ids need them before the
// geometry arrives), so the geometry file carries ids only.
const NAMES_OUT = new URL('../src/data/country-names.ts', import.meta.url);
// Where each country's name goes on the map, worked out here so the browser need not.
const LABELS_OUT = new URL('../src/data/country-labels.ts', import.meta.url);

// Natural Earth features that carry no ISO numeric code: the country they count as under the
// policy in the README. `null` drops a disputed reef or bank too small to see.
const CODE_FOR_UNCODED = {
  'N. Cyprus': 'CYP',
  'Cyprus U.N. Buffer Zone': 'CYP',
  Akrotiri: 'GBR',
  Dhekelia: 'GBR',
  Somaliland: 'SOM',
  Kosovo: 'XKK',
  'USNB Guantanamo Bay': 'CUB',
  'Siachen Glacier': 'IND',
  Baikonur: 'KAZ',
  'Indian Ocean Ter.': 'AUS',
  'Coral Sea Is.': 'AUS',
  'Clipperton I.': 'FRA',
  'Spratly Is.': null,
  'Bajo Nuevo Bank': null,
  'Serranilla Bank': null,
  'Scarborough Reef': null,
};

// Names as the countries use them today, where the ISO list is formal or dated.
const DISPLAY_NAMES = {
  BOL: 'Bolivia',
  BRN: 'Brunei',
  CHN: 'China',
  CIV: "Côte d'Ivoire",
  COD: 'DR Congo',
  COG: 'Republic of the Congo',
  CPV: 'Cabo Verde',
  CZE: 'Czechia',
  FSM: 'Micronesia',
  GMB: 'The Gambia',
  IRN: 'Iran',
  LAO: 'Laos',
  MDA: 'Moldova',
  MKD: 'North Macedonia',
  PSE: 'Palestine',
  RUS: 'Russia',
  SYR: 'Syria',
  TWN: 'Taiwan',
  TZA: 'Tanzania',
  USA: 'United States',
  VAT: 'Vatican City',
  VEN: 'Venezuela',
  VGB: 'British Virgin Islands',
  VIR: 'US Virgin Islands',
  STP: 'São Tomé and Príncipe',
  TUR: 'Türkiye',
};

// Natural Earth 4.1 draws Crimea inside Russia; the policy follows UN GA resolution 68/262.
const CRIMEA_BOX = { west: 32.4, east: 36.7, south: 44.3, north: 46.3 };

// Detail (simplification interval, metres) by distance from the region the product is about.
const FINE = new Set(['AZE', 'ARM', 'GEO']);
const NEIGHBOURS = new Set(['TUR', 'IRN', 'RUS', 'KAZ', 'TKM', 'UKR', 'CYP', 'SYR', 'IRQ', 'UZB']);
// West enough to take in Italy's heel, where TAP lands at Melendugno.
const REGION = { west: 17, east: 58, south: 34, north: 47 };
// Outside this box every coastline and border is drawn at the world interval, whatever the tier.
const DETAIL_BOX = { west: 17, east: 62, south: 34, north: 48 };
const INTERVAL_M = { fine: 700, neighbour: 2500, region: 5000, world: 25000 };
// Far from the region, islands smaller than this (km²) are dropped, except a country's largest piece.
const FAR_ISLAND_KM2 = 1500;
// Not a country, and under the Mercator map's edge anyway.
const LEFT_OUT = new Set(['ATA']);

/** The detail tier of each country: by name for the focus region, by its extent otherwise. */
function detailTiers(features) {
  const boxes = new Map();
  for (const f of features) {
    const [x0, y0, x1, y1] = boxOf(f.geometry.coordinates.flat(2));
    const b = boxes.get(f.properties.iso) ?? { west: 180, south: 90, east: -180, north: -90 };
    boxes.set(f.properties.iso, {
      west: Math.min(b.west, x0),
      south: Math.min(b.south, y0),
      east: Math.max(b.east, x1),
      north: Math.max(b.north, y1),
    });
  }
  const tiers = new Map();
  for (const [iso, b] of boxes) {
    const touchesRegion = b.west < REGION.east && b.east > REGION.west && b.south < REGION.north && b.north > REGION.south;
    tiers.set(iso, FINE.has(iso) ? 'fine' : NEIGHBOURS.has(iso) ? 'neighbour' : touchesRegion ? 'region' : 'world');
  }
  return tiers;
}

function boxOf(points) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function isoFor(f) {
  if (f.id !== undefined) return countries.numericToAlpha3(f.id) ?? null;
  const name = f.properties.name;
  if (!(name in CODE_FOR_UNCODED)) throw new Error(`No ISO code and no policy for "${name}"`);
  return CODE_FOR_UNCODED[name];
}

/** Rough area of a polygon's outer ring in km² (equirectangular; enough to rank islands). */
function areaKm2(polygon) {
  const ring = polygon[0];
  const k = 111.32;
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    sum += (x0 * Math.cos((y0 * Math.PI) / 180) - x1 * Math.cos((y1 * Math.PI) / 180)) * (y0 + y1);
  }
  return Math.abs(sum / 2) * k * k;
}

/** Drops a far country's small islands, keeping at least its largest piece. */
function dropSmallIslands(f) {
  const polys = f.geometry.coordinates;
  const largest = Math.max(...polys.map(areaKm2));
  f.geometry.coordinates = polys.filter((p) => {
    const a = areaKm2(p);
    return a >= FAR_ISLAND_KM2 || a === largest;
  });
}

function ringCentre(ring) {
  const [x0, y0, x1, y1] = boxOf(ring);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

function inBox([x, y], b) {
  return x >= b.west && x <= b.east && y >= b.south && y <= b.north;
}

/** Splits Russia's Crimea polygon off as its own Ukrainian feature. */
function moveCrimea(features) {
  const rus = features.find((f) => f.properties.iso === 'RUS');
  const polys = rus.geometry.coordinates;
  const crimea = polys.filter((p) => inBox(ringCentre(p[0]), CRIMEA_BOX));
  if (crimea.length === 0) return features;
  rus.geometry.coordinates = polys.filter((p) => !crimea.includes(p));
  const piece = { type: 'Feature', properties: { iso: 'UKR' }, geometry: { type: 'MultiPolygon', coordinates: crimea } };
  return [...features, piece];
}

/**
 * Natural Earth's rings for Russia's Chukotka and for Fiji run across the antimeridian (from
 * 179.9° to -180°): drawn as they are, they make straight lines across the whole map. Each such
 * polygon is unwrapped into continuous longitudes and cut at ±180°, each piece shifted back
 * into -180..180, so no edge of the built file crosses the map.
 */
function splitAtAntimeridian(f) {
  f.geometry.coordinates = f.geometry.coordinates.flatMap((polygon) => {
    if (!polygon.some(crossesAntimeridian)) return [polygon];
    const unwrapped = polygon.map(unwrap);
    return [-360, 0, 360].flatMap((shift) => {
      const west = -180 + shift;
      const clipped = bboxClip({ type: 'Polygon', coordinates: unwrapped }, [west, -90, west + 360, 90]).geometry.coordinates;
      const rings = clipped.filter((ring) => ring.length >= 4).map((ring) => ring.map(([x, y]) => [x - shift, y]));
      return rings.length > 0 && rings[0].length >= 4 ? [rings] : [];
    });
  });
}

const crossesAntimeridian = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);

/** A ring's longitudes made continuous: each step of more than 180° is taken the short way round. */
function unwrap(ring) {
  const out = [];
  let offset = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i];
    if (i > 0) {
      const step = x - ring[i - 1][0];
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    out.push([x + offset, y]);
  }
  return out;
}

/** One geometry per country: the pieces merged along their shared (cut) edges, id only. */
function joinPieces(topology, pieces) {
  const byId = groupBy(pieces, (g) => g.id);
  return [...byId].map(([id, group]) => {
    const merged = group.length === 1 ? group[0] : mergeArcs(topology, group);
    return { type: merged.type, arcs: merged.arcs, id };
  });
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

// Web Mercator in degrees at the equator, so that distances on it scale like screen pixels.
const mercY = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const invMercY = (y) => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

/** A polygon's area on the Mercator plane (outer ring less holes), to find a country's main piece. */
function mercatorArea(polygon) {
  const ringArea = (ring) => {
    let sum = 0;
    for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
    return Math.abs(sum / 2);
  };
  const [outer, ...holes] = polygon;
  return ringArea(outer) - holes.reduce((a, h) => a + ringArea(h), 0);
}

/**
 * Where a country's name goes: the pole of inaccessibility (polylabel) of its largest piece on
 * the Mercator plane, the point inside the shape farthest from its edges, where a centroid
 * could fall in the sea or outside a concave shape; and that distance (the radius of the
 * largest circle that fits there, in Mercator degrees), which tells at what zoom a name fits.
 */
function labelPoints(topology) {
  const out = {};
  for (const f of feature(topology, topology.objects.countries).features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const projected = polygons.map((p) => p.map((ring) => ring.map(([x, y]) => [x, mercY(Math.max(-85, Math.min(85, y)))])));
    const largest = projected.reduce((a, b) => (mercatorArea(b) > mercatorArea(a) ? b : a));
    const pole = polylabel(largest, 0.05);
    const point = (p) => ({ lng: round(p[0], 2), lat: round(invMercY(p[1]), 2), r: round(p.distance, 2) });
    const alt = bandPoles(largest).map(point);
    out[f.id] = alt.length > 0 ? { ...point(pole), alt } : point(pole);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

// A country wider than this (degrees of longitude) also gets a label point in each band of this
// width, so that it is named when its main point is out of view (Russia seen from Europe).
const BAND_DEG = 40;

/** Poles of inaccessibility of a wide polygon's parts in successive longitude bands, in order. */
function bandPoles(polygon) {
  const xs = polygon[0].map(([x]) => x);
  const [west, east] = [Math.min(...xs), Math.max(...xs)];
  if (east - west <= BAND_DEG) return [];
  const poles = [];
  for (let x = west; x < east; x += BAND_DEG) {
    const clipped = bboxClip({ type: 'Polygon', coordinates: polygon }, [x, -400, x + BAND_DEG, 400]).geometry.coordinates;
    if (clipped.length === 0 || clipped[0].length < 4) continue;
    const pole = polylabel(clipped, 0.05);
    if (pole.distance > 0.5) poles.push(pole);
  }
  return poles;
}

function labelsModule(points) {
  return `// Generated by scripts/build-geo.mjs (polylabel on public/geo/countries.topo.json). Do not edit.
/**
 * Where each country's name is placed: the point inside its largest piece farthest from the
 * edges, and \`r\`, the radius of the largest circle around it that fits inside (in degrees of
 * Web Mercator at the equator: at zoom z it spans r × 256 × 2^z / 360 pixels). \`alt\`: for a
 * very wide country, the same for each band of longitude, used when the main point is out of view.
 */
export interface LabelPoint {
  lng: number;
  lat: number;
  r: number;
}
export const COUNTRY_LABELS: Readonly<Record<string, LabelPoint & { alt?: LabelPoint[] }>> = ${JSON.stringify(points)};
`;
}

function namesModule(names) {
  return `// Generated by scripts/build-geo.mjs from Natural Earth ids and i18n-iso-countries names. Do not edit.
/** Display names of every country in public/geo/countries.topo.json, by ISO alpha-3 id. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = ${JSON.stringify(names, null, 2)};
`;
}

async function build() {
  const topo = JSON.parse(await readFile(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  const raw = feature(topo, topo.objects.countries).features;
  const coded = raw
    .map((f) => ({ type: 'Feature', properties: { iso: isoFor(f) }, geometry: f.geometry }))
    .filter((f) => f.properties.iso !== null && f.geometry);
  for (const f of coded) {
    if (f.geometry.type === 'Polygon') f.geometry = { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] };
  }
  const withPolicy = moveCrimea(coded).filter((f) => !LEFT_OUT.has(f.properties.iso));
  for (const f of withPolicy) splitAtAntimeridian(f);

  const tiers = detailTiers(withPolicy);
  for (const f of withPolicy) {
    f.properties.name = DISPLAY_NAMES[f.properties.iso] ?? countries.getName(f.properties.iso, 'en');
    f.properties.interval = INTERVAL_M[tiers.get(f.properties.iso)];
    if (tiers.get(f.properties.iso) === 'world') dropSmallIslands(f);
  }
  // Detail only where the product looks closely: the parts of each country outside the detail
  // box are cut off and simplified at the world interval; the pieces are joined again below
  // with topojson's mergeArcs (mapshaper's dissolve at that point loses enclaves like Lesotho).
  const box = `${DETAIL_BOX.west},${DETAIL_BOX.south},${DETAIL_BOX.east},${DETAIL_BOX.north}`;
  const commands = [
    '-i in.json name=countries',
    '-dissolve iso copy-fields=interval name=countries',
    `-clip bbox=${box} + name=inside`,
    `-erase bbox=${box} target=countries + name=outside`,
    `-each "interval = Math.max(interval, ${INTERVAL_M.world})" target=outside`,
    '-merge-layers target=inside,outside name=pieces force',
    '-simplify variable interval="interval" keep-shapes',
    '-filter remove-empty',
    '-o out.json format=topojson id-field=iso quantization=20000',
  ];
  const out = await mapshaper.applyCommands(commands.join(' '), { 'in.json': { type: 'FeatureCollection', features: withPolicy } });
  const result = JSON.parse(out['out.json']);
  const geometries = joinPieces(result, Object.values(result.objects)[0].geometries);
  result.objects = { countries: { type: 'GeometryCollection', geometries } };
  await mkdir(new URL('.', OUT), { recursive: true });
  await writeFile(OUT, JSON.stringify(result));
  const names = Object.fromEntries(
    withPolicy
      .map((f) => [f.properties.iso, f.properties.name])
      .filter(([iso]) => geometries.some((g) => g.id === iso))
      .sort(),
  );
  await writeFile(NAMES_OUT, namesModule(names));
  await writeFile(LABELS_OUT, labelsModule(labelPoints(result)));
  console.log(`wrote ${OUT.pathname}: ${geometries.length} countries, their names and label points`);
}

await build();
