// What the first view downloads, gzip-compressed (zlib's default level, as a web server sends it):
// the entry script and the chunks it imports statically, the chunks index.html preloads (the
// app's code, which runs once the first map is drawn) and theirs, the focus country's pack (which
// start-up loads before it draws) and its imports, their CSS, and the geometry. Lazy chunks
// (panels, list, timeline events, other packs) are not counted. Reads a built dist/ folder.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export const BUDGET = { totalKb: 200, countriesKb: 80 };
export const GEOMETRY_FILES = ['geo/countries.topo.json', 'geo/routes.geojson'];

const gzipKb = (file) => gzipSync(readFileSync(file)).length / 1024;

/** The entry chunk's static closure, from Vite's manifest. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The packs there are, by folder (src/data/packs/<iso3 in lower case>/). */
export const PACK_IDS = ['aze', 'geo'];

/** Kilobytes (gzip) of each part of the first view of a pack, by kind, with the files behind them. */
export function firstViewBytes(dist, pack = PACK_IDS[0]) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const preloaded = Object.keys(manifest).filter((k) => html.includes(`/${manifest[k].file}"`));
  const packKey = `src/data/packs/${pack}/index.ts`;
  if (!manifest[packKey]) throw new Error(`no pack ${pack} in the Vite manifest`);
  const keys = new Set();
  for (const key of [entry, ...preloaded, packKey]) staticClosure(manifest, key, keys);
  const chunks = [...keys].map((k) => manifest[k]);
  const js = chunks.map((c) => c.file);
  const css = chunks.flatMap((c) => c.css ?? []);
  const sum = (files) => files.reduce((kb, f) => kb + gzipKb(path.join(dist, f)), 0);
  const parts = {
    html: gzipKb(path.join(dist, 'index.html')),
    js: sum(js),
    css: sum(css),
    countries: gzipKb(path.join(dist, GEOMETRY_FILES[0])),
    routes: gzipKb(path.join(dist, GEOMETRY_FILES[1])),
  };
  return {
    ...parts,
    geometry: parts.countries + parts.routes,
    total: parts.js + parts.css + parts.countries + parts.routes,
    files: { js, css },
  };
}
