import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The architecture, checked mechanically (DESIGN.md): data → geo → state → map / panels → App,
 * with style/ (shared looks) and lib/ (generic helpers) beside them and boot/ starting the page.
 */
const SRC = path.join(process.cwd(), 'src');

/** What each folder may import from (its own folder always). Files at the top of src/ may import anything. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  data: [],
  geo: ['data'],
  lib: [],
  state: ['data', 'geo', 'lib'],
  style: ['data'],
  map: ['data', 'geo', 'state', 'style', 'lib'],
  panels: ['data', 'geo', 'state', 'style', 'lib'],
  boot: ['data', 'geo', 'state', 'style', 'lib', 'map'],
};
const LEAFLET_FOLDERS = ['map', 'boot'];
const MAX_LINES = 250;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const sources = filesUnder(SRC).map((file) => ({
  file: path.relative(SRC, file),
  text: readFileSync(file, 'utf8'),
}));

const folderOf = (relative: string): string | null => (relative.includes(path.sep) ? (relative.split(path.sep)[0] ?? null) : null);

/** Import specifiers of a module: static imports and exports, and dynamic import(). */
function importsOf(text: string): string[] {
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specs.map((m) => m[1] as string);
}

/** The src/ folders a file reaches through relative imports. */
function foldersImported(file: string, text: string): string[] {
  return importsOf(text)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.relative(SRC, path.resolve(SRC, path.dirname(file), spec)))
    .map((target) => folderOf(target) ?? '(top)');
}

/** The violations of the flow in a set of files; exported shape for the self-test below. */
function flowViolations(files: readonly { file: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { file, text } of files) {
    const folder = folderOf(file);
    if (folder === null) continue;
    const allowed = ALLOWED[folder];
    if (!allowed) {
      out.push(`${file}: src/${folder}/ is not a known folder (add it to the flow)`);
      continue;
    }
    for (const target of foldersImported(file, text)) {
      if (target !== folder && !allowed.includes(target)) out.push(`${file} imports from ${target}/`);
    }
    const leaflet = importsOf(text).some((spec) => /^(leaflet|react-leaflet|@react-leaflet\/)/.test(spec));
    if (leaflet && !LEAFLET_FOLDERS.includes(folder)) out.push(`${file} imports Leaflet (only map/ and boot/ may)`);
  }
  return out;
}

describe('the flow data → geo → state → map / panels → App', () => {
  it('no import goes against it, and only map/ and boot/ touch Leaflet', () => {
    expect(flowViolations(sources)).toEqual([]);
  });

  it('the check itself catches a panel importing the map, state importing a panel, and Leaflet in state', () => {
    const broken = [
      { file: path.join('panels', 'Bad.tsx'), text: "import { x } from '../map/WorldMap';" },
      { file: path.join('state', 'bad.ts'), text: "const m = import('../panels/ListView');" },
      { file: path.join('state', 'worse.ts'), text: "import { map } from 'leaflet';" },
    ];
    expect(flowViolations(broken)).toEqual([
      'panels/Bad.tsx imports from map/',
      'state/bad.ts imports from panels/',
      'state/worse.ts imports Leaflet (only map/ and boot/ may)',
    ]);
  });
});

describe('house rules', () => {
  it('no module-level mutable state: no top-level let or var, no bare Map/Set/WeakMap registries', () => {
    const offenders = sources.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line, i) => ({ line, n: i + 1 }))
        .filter(({ line }) => /^(export\s+)?(let|var)\s/.test(line) || /^(export\s+)?const\s+\w+\s*=\s*new\s+(Weak)?(Map|Set)\b/.test(line))
        .map(({ n }) => `${file}:${n}`),
    );
    expect(offenders).toEqual([]);
  });

  it(`no source file outside src/data/ is over ${MAX_LINES} lines`, () => {
    const long = sources
      .filter(({ file }) => folderOf(file) !== 'data')
      .filter(({ text }) => text.split('\n').length > MAX_LINES)
      .map(({ file }) => file);
    expect(long).toEqual([]);
  });

  it('text is ordered one way (lib/compare.ts): no localeCompare or Intl, whose first use is slow', () => {
    const offenders = sources.filter(({ text }) => /\.localeCompare\(|\bIntl\./.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
