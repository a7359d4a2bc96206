import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';
import { openMap } from './helpers';

/** Works on a plane: after one visit the worker has everything, and the app runs with no network. */
test.use({ serviceWorkers: 'allow' });

const DIST = path.resolve(import.meta.dirname, '../../dist');
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

/** Waits until the worker has installed (its precache is complete) and controls the page. */
async function waitForWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit the app works offline: map, a linked panel, the timeline, a route, another pack', async ({ page, context }) => {
  const offHost: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) offHost.push(r.url());
  });
  await openMap(page);
  await waitForWorker(page);

  await context.setOffline(true);
  await page.goto('/#sel=country:RUS&year=2010');
  await expect(page.locator('path.country').first()).toBeAttached();
  await expect(details(page).getByRole('heading', { level: 2, name: 'Russia' })).toBeVisible();
  await expect(page.locator('.timeline')).toContainText(/Events in 2010 \(\d+\)/);
  // The events come from their own chunk: in 2006, when BTC opened, they list what happened.
  await page.goto('/#year=2006');
  await page.getByText(/Events in 2006 \([1-9]\d*\)/).click();
  await expect(page.locator('.timeline-events li').first()).toBeVisible();

  await page.goto('/#sel=route:btc');
  await expect(details(page).getByRole('heading', { level: 2, name: /Baku–Tbilisi–Ceyhan/ })).toBeVisible();
  await expect(details(page)).toContainText('1,768 km');

  await page.goto('/#focus=GEO&sel=country:UKR');
  await expect(details(page).getByRole('heading', { level: 2, name: 'Ukraine' })).toBeVisible();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('table', { name: /Partners/ })).toContainText('Azerbaijan');
  // Source links still point at their own sites, untouched by the worker.
  const href = await details(page).locator('a.source-link').first().getAttribute('href');
  expect(href).toMatch(/^https?:\/\/(?!127\.0\.0\.1)/);
  expect(offHost).toEqual([]);
});

test('the manifest is valid: names, colours, standalone, and icons of 192 and 512 px, one maskable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', theme_color: '#0b3954', background_color: '#ffffff' });
  expect(manifest.name.length).toBeGreaterThan(0);
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.description.length).toBeGreaterThan(0);
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    // The PNG's own header says its size (IHDR width at byte 16).
    expect((await res.body()).readUInt32BE(16), icon.src).toBe(Number(icon.sizes.split('x')[0]));
  }
});

test('a new version offers a Reload, and never reloads by itself', async ({ page }) => {
  // A site of our own to replace under the open page: the build, then that build with a change.
  const site = mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'pwa-site-'));
  cpSync(DIST, site, { recursive: true });
  // A port per worker, so that repeated runs of this test in parallel don't collide.
  const port = 4191 + test.info().parallelIndex;
  const server = await startServer({ root: site, port });
  try {
    await page.goto(`http://127.0.0.1:${port}/#sel=country:TUR`);
    await expect(details(page).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
    await waitForWorker(page);
    await expect(page.getByText('A new version is available')).toHaveCount(0);
    const before = await page.evaluate(() => performance.timeOrigin);

    // The second build changes robots.txt: its precache entry gets a new revision, so the worker changes.
    writeFileSync(path.join(site, 'robots.txt'), `${readFileSync(path.join(site, 'robots.txt'), 'utf8')}# v2\n`);
    const sw = readFileSync(path.join(site, 'sw.js'), 'utf8');
    const bumped = sw.replace(/(url:"robots\.txt",revision:")[^"]+/, '$1v2');
    expect(bumped).not.toBe(sw);
    writeFileSync(path.join(site, 'sw.js'), bumped);

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    // Still the same page (the same document), with the reader's panel open.
    await expect(details(page).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(before);

    await notice.getByRole('button', { name: 'Reload' }).click();
    // The page reloads under the new worker (a new document: a new time origin).
    await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => before), { timeout: 15_000 }).not.toBe(before);
    await expect(details(page).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
    await expect(page.getByText('A new version is available')).toHaveCount(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(site, { recursive: true, force: true });
  }
});
