import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { guardPage, openMap, projector } from './helpers';

test('draws the world from our own geometry, highlights Azerbaijan, and stays on its own host', async ({ page }) => {
  const guard = guardPage(page);
  await openMap(page);
  await expect(page).toHaveTitle(/Azerbaijan/);
  expect(await page.locator('path.country').count()).toBeGreaterThan(200);

  const aze = await page.locator('path.country-AZE').evaluate((el) => getComputedStyle(el).fill);
  const arm = await page.locator('path.country-ARM').evaluate((el) => getComputedStyle(el).fill);
  expect(aze).toBe('rgb(11, 57, 84)');
  expect(arm).not.toBe(aze);

  await expect(page.locator('.leaflet-control-zoom')).toBeVisible();
  await expect(page.locator('.leaflet-control-scale')).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  // The first view frames Europe to Central Asia: Portugal's neighbour Spain and Kazakhstan are both in view.
  const view = page.viewportSize()!;
  for (const id of ['ESP', 'KAZ', 'AZE']) {
    const box = (await page.locator(`path.country-${id}`).boundingBox())!;
    expect(box.x + box.width / 2).toBeGreaterThan(0);
    expect(box.x + box.width / 2).toBeLessThan(view.width);
  }
  await page.waitForLoadState('networkidle');
  guard.assertClean();
});

test('hovering Azerbaijan shows its name', async ({ page }) => {
  await openMap(page, '#map=6/40.4/48&layers=');
  const at = await projector(page, 'AZE');
  const sheki = at(41.19, 47.17);
  await page.mouse.move(sheki.x, sheki.y);
  await expect(page.locator('.leaflet-tooltip')).toContainText('Azerbaijan');
});

test('the page has a description, a favicon and a robots.txt', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Azerbaijan/);
  expect((await request.get('/favicon.svg')).ok()).toBe(true);
  expect(await (await request.get('/robots.txt')).text()).toContain('User-agent');
});

test('works at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openMap(page);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
  await expect(page.locator('.leaflet-control-zoom')).toBeVisible();
});

// The header has a fixed height per layout (app.css), so the map's place is known before the app
// renders: one wide, one two-row and one phone layout.
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 375, height: 667 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    test('the map made before the app starts becomes the app map: one set of countries, in the map area, at the same place', async ({
      page,
    }) => {
      const topology = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../public/geo/countries.topo.json'), 'utf8')) as {
        objects: { countries: { geometries: unknown[] } };
      };
      // Where the first frame put the map, before the app moved it into its layout.
      await page.addInitScript(() => {
        new MutationObserver((_, obs) => {
          const frame = document.querySelector('.boot-frame');
          if (!frame) return;
          (window as unknown as { bootBox: DOMRect }).bootBox = frame.getBoundingClientRect();
          obs.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await openMap(page);
      await expect(page.locator('path.country')).toHaveCount(topology.objects.countries.geometries.length);
      await expect(page.locator('.boot-frame')).toHaveCount(0);
      const inArea = page.locator('.map-area .leaflet-container');
      await expect(inArea).toHaveCount(1);
      const bootBox = await page.evaluate(() => (window as unknown as { bootBox?: DOMRect }).bootBox);
      const appBox = await inArea.boundingBox();
      expect(bootBox).toBeDefined();
      expect(appBox).not.toBeNull();
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(bootBox![key] - appBox![key])).toBeLessThan(1);
    });
  });
}
