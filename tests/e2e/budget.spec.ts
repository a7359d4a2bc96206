import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGET, firstViewBytes } from '../../scripts/first-view-bytes.mjs';

// Bytes are deterministic, so the budget is a test (timings are measured by `npm run bench`).
test('the first view (JS + CSS + geometry, gzip) fits in 200 KB, the countries in 80 KB', () => {
  const bytes = firstViewBytes(path.resolve(import.meta.dirname, '../../dist'));
  console.log(
    `first view: ${bytes.total.toFixed(1)} KB (JS ${bytes.js.toFixed(1)}, CSS ${bytes.css.toFixed(1)}, geometry ${bytes.geometry.toFixed(1)})`,
  );
  expect(bytes.countries).toBeLessThanOrEqual(BUDGET.countriesKb);
  expect(bytes.total).toBeLessThanOrEqual(BUDGET.totalKb);
  // The lazy parts really are lazy: no panel or dataset details in the first view.
  expect(bytes.files.js.some((f: string) => /details|SelectionPanel|ListView|events/.test(f))).toBe(false);
});
