import { expect, type Page, test } from '@playwright/test';
import { openMap } from './helpers';

/** How much of a country's drawn shape lies inside a box of the page (0–1, by its bounding box). */
async function shareInside(page: Page, id: string, box: { left: number; top: number; right: number; bottom: number }) {
  const shape = await page.locator(`path.country-${id}`).first().boundingBox();
  if (!shape) return 0;
  const w = Math.max(0, Math.min(shape.x + shape.width, box.right) - Math.max(shape.x, box.left));
  const h = Math.max(0, Math.min(shape.y + shape.height, box.bottom) - Math.max(shape.y, box.top));
  return (w * h) / (shape.width * shape.height);
}

const mapBox = async (page: Page) => {
  const r = await page.locator('.world-map').boundingBox();
  if (!r) throw new Error('no map');
  return { left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
};

test('a link with sel and no map frames the selection: #sel=country:USA shows the United States', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, '#sel=country:USA');
  await expect(page.getByRole('heading', { level: 2, name: 'United States' })).toBeVisible();
  await expect.poll(async () => shareInside(page, 'USA', await mapBox(page))).toBeGreaterThan(0.5);
});

test('a link with map still wins over framing the selection', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, '#map=5/41/45&sel=country:USA');
  await page.waitForTimeout(400);
  expect(await shareInside(page, 'USA', await mapBox(page))).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  const visibleAboveSheet = async (page: Page) => {
    const map = await mapBox(page);
    const sheet = await page.getByRole('complementary', { name: 'Details' }).boundingBox();
    if (!sheet) throw new Error('no sheet');
    return { ...map, bottom: Math.min(map.bottom, sheet.y) };
  };

  test('the default view frames the region around the focus country in portrait', async ({ page }) => {
    await openMap(page);
    const map = await mapBox(page);
    expect(await shareInside(page, 'AZE', map)).toBe(1);
    expect(await shareInside(page, 'GEO', map)).toBe(1);
    // Not the Arctic and Africa: Egypt's box is at most partly in view.
    expect(await shareInside(page, 'EGY', map)).toBeLessThan(0.5);
  });

  test('a selection from a link is framed above the bottom sheet', async ({ page }) => {
    await openMap(page, '#sel=country:GEO');
    await expect(page.getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
    await expect.poll(async () => shareInside(page, 'GEO', await visibleAboveSheet(page))).toBeGreaterThan(0.9);
  });

  test('a selection from search is framed above the bottom sheet', async ({ page }) => {
    await openMap(page, '#map=3/20/0');
    await page.getByRole('combobox', { name: /search/i }).fill('Georgia');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
    await expect.poll(async () => shareInside(page, 'GEO', await visibleAboveSheet(page)), { timeout: 5000 }).toBeGreaterThan(0.9);
  });
});

test('with a panel open at 1440×900, the floating boxes cover at most a fifth of the map beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page, '#sel=country:TUR');
  await expect(page.getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
  await page.waitForTimeout(300);
  const covered = await page.evaluate(() => {
    const map = document.querySelector('.world-map')?.getBoundingClientRect();
    if (!map) return 1;
    const floating = [
      '.map-controls',
      '.timeline',
      '.leaflet-control-zoom',
      '.leaflet-control-scale',
      '.leaflet-control-attribution',
    ].flatMap((s) => [...document.querySelectorAll(s)].map((el) => el.getBoundingClientRect()));
    const area = (r: { width: number; height: number }) => r.width * r.height;
    const inMap = floating.map((r) => {
      const w = Math.max(0, Math.min(r.right, map.right) - Math.max(r.left, map.left));
      const h = Math.max(0, Math.min(r.bottom, map.bottom) - Math.max(r.top, map.top));
      return w * h;
    });
    return inMap.reduce((a, b) => a + b, 0) / area(map);
  });
  expect(covered).toBeLessThanOrEqual(0.2);
});
