import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../../src/data/packs/registry';

/**
 * The engine names no focus country (issue: country packs): everything in src/ but the packs,
 * the facts they share (routes, organisations and their publishers necessarily name places) and
 * the generated country names takes its names from the active pack.
 */
const SRC = path.join(process.cwd(), 'src');
const DATA_ONLY = [/^data\/packs\//, /^data\/shared\//, /^data\/publishers\.ts$/, /^data\/country-(names|labels)\.ts$/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ts|tsx|css)$/.test(name) ? [full] : [];
  });
}

const engine = filesUnder(SRC)
  .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
  .filter((file) => !DATA_ONLY.some((pattern) => pattern.test(file)));

/** Names of every pack's focus country and capital, and their ISO ids as quoted strings. */
const FORBIDDEN = [/azerbaijan/i, /\bbaku\b/i, /georgia/i, /tbilisi/i, ...PACKS.map((p) => new RegExp(`['"\`]${p.id}['"\`]`))];

function mentions(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) => (FORBIDDEN.some((f) => f.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('the engine', () => {
  it('is checked on the files it is made of', () => {
    expect(engine).toContain('App.tsx');
    expect(engine).toContain('panels/Legend.tsx');
    expect(engine).not.toContain('data/packs/aze/index.ts');
  });

  it('names no focus country, capital or pack id', () => {
    expect(mentions(engine, (file) => readFileSync(path.join(SRC, file), 'utf8'))).toEqual([]);
  });

  it('catches a file that does', () => {
    const fake: Record<string, string> = {
      'panels/X.tsx': 'const t = "Relationship with Azerbaijan";',
      'state/y.ts': "if (id === 'GEO') {}",
    };
    expect(mentions(Object.keys(fake), (f) => fake[f] ?? '')).toHaveLength(2);
  });
});
