import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGET, firstViewBytes, PACK_IDS } from '../../scripts/first-view-bytes.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('the budget covers every pack there is', () => {
  expect(
    readdirSync(path.join(ROOT, 'src/data/packs'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  ).toEqual(PACK_IDS);
});

// Bytes are deterministic, so the budget is a test (timings are measured by `npm run bench`).
for (const pack of PACK_IDS) {
  test(`the first view of the ${pack} pack (JS + CSS + geometry, gzip) fits in 200 KB, the countries in 80 KB`, () => {
    const bytes = firstViewBytes(path.join(ROOT, 'dist'), pack);
    console.log(
      `first view (${pack}): ${bytes.total.toFixed(1)} KB (JS ${bytes.js.toFixed(1)}, CSS ${bytes.css.toFixed(1)}, geometry ${bytes.geometry.toFixed(1)})`,
    );
    expect(bytes.countries).toBeLessThanOrEqual(BUDGET.countriesKb);
    expect(bytes.total).toBeLessThanOrEqual(BUDGET.totalKb);
    // The lazy parts really are lazy: no panel, evidence or dataset details in the first view, and no other pack.
    expect(bytes.files.js.some((f: string) => /details|evidence|SelectionPanel|ListView|events/.test(f))).toBe(false);
    const others = PACK_IDS.filter((p) => p !== pack);
    expect(bytes.files.js.some((f: string) => others.some((o) => path.basename(f).startsWith(`${o}-`)))).toBe(false);
  });
}
