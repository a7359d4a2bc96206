import { expect, test } from '@playwright/test';
import { hashParams, openMap, projector } from './helpers';

const details = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Details' });

test('keyboard only: / → "Georgia" → Enter opens the panel with focus on its heading; Escape returns focus', async ({ page }) => {
  await openMap(page);
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: /Search/ });
  await expect(search).toBeFocused();
  await page.keyboard.type('Georgia');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Georgia');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2, name: 'Georgia' })).toBeFocused();
  expect(hashParams(page).get('sel')).toBe('country:GEO');
  await expect(page.locator('[aria-live="polite"]')).toContainText('Selected Georgia');

  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('search finds alternative names: Turkey, BTC, SGC, Turkic Council', async ({ page }) => {
  await openMap(page);
  const search = page.getByRole('combobox', { name: /Search/ });
  for (const [query, expected] of [
    ['Turkey', 'Türkiye'],
    ['BTC', 'Baku–Tbilisi–Ceyhan'],
    ['SGC', 'South Caucasus Pipeline'],
    ['Turkic Council', 'Organization of Turkic States'],
  ]) {
    await search.fill(query);
    await expect(page.getByRole('listbox')).toContainText(expected);
  }
  await search.fill('SGC');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = await search.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
});

test('the list view selects a route with Enter, and its tables sort', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'List' }).click();
  const routes = page.getByRole('table', { name: 'Routes' });
  await routes.getByRole('button', { name: /Trans Adriatic Pipeline/ }).focus();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Trans Adriatic');
  expect(hashParams(page).get('sel')).toBe('route:tap');
  await expect(routes.locator('tr[aria-current="true"]')).toContainText('Trans Adriatic');

  const partners = page.getByRole('table', { name: /Partners/ });
  const all = await partners.locator('tbody tr').count();
  await page.getByRole('group', { name: 'Show partners by dimension' }).getByRole('button', { name: 'security' }).click();
  await expect(partners).toHaveAccessibleName('Partners: security');
  expect(await partners.locator('tbody tr').count()).toBeLessThan(all);
  await expect(partners.getByRole('button', { name: 'Türkiye' })).toBeVisible();
  await expect(partners.getByRole('button', { name: 'Italy' })).toHaveCount(0);

  const opened = routes.getByRole('columnheader', { name: /Opened/ });
  await opened.getByRole('button').click();
  await expect(opened).toHaveAttribute('aria-sort', 'ascending');
  await expect(routes.locator('tbody tr').first()).toContainText('Baku–Novorossiysk');
});

test('one Tab from the page start reaches the map; the map pans with the keyboard; Tab reaches the layers', async ({ page }) => {
  await openMap(page);
  await page.keyboard.press('Tab');
  const map = page.locator('.leaflet-container');
  await expect(map).toBeFocused();
  await expect(map).toHaveAttribute('aria-label', /Map of Azerbaijan/);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => hashParams(page).get('map')).not.toBeNull();

  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.closest('.map-controls') !== null);
  }
  expect(reached).toBe(true);
});

test('on a phone: tap a partner, read its panel as a bottom sheet, expand it, dismiss it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openMap(page, '#map=5/41/45');
  const at = await projector(page, 'GEO');
  const p = at(42.27, 42.7);
  await page.touchscreen.tap(p.x, p.y);
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(660);
  expect(box.width).toBeGreaterThan(370);
  await expect(panel).toContainText('Strategic partnership');
  await panel.getByRole('button', { name: 'Show more' }).tap();
  expect((await panel.boundingBox())!.height).toBeGreaterThan(box.height);
  await panel.getByRole('button', { name: 'Close Georgia' }).tap();
  await expect(panel).toHaveCount(0);
  await context.close();
});

test('at world zoom, Armenia and Nakhchivan are easy to hit', async ({ page }) => {
  await openMap(page, '#map=3.5/42/40&layers=');
  // The markers' hit areas overlap at this zoom: a click goes to the nearest place.
  const centre = async (id: string) => {
    const b = (await page.locator(`path.small-place-${id}`).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const arm = await centre('ARM');
  await page.mouse.click(arm.x, arm.y - 2);
  await expect(details(page).getByRole('heading', { level: 2, name: 'Armenia' })).toBeVisible();
  // The panel narrowed the map, so the markers moved.
  const nakhchivan = await centre('AZE');
  await page.mouse.click(nakhchivan.x + 2, nakhchivan.y + 2);
  await expect(details(page).getByRole('heading', { level: 2, name: 'Azerbaijan' })).toBeVisible();
  const geo = await centre('GEO');
  await page.mouse.click(geo.x + 15, geo.y - 15);
  await expect(details(page).getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
});

test('Escape pressed while the panel is still loading closes the selection (one app-level handler)', async ({ page }) => {
  // Hold the panel's code back, so that the Escape arrives before any panel exists.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/SelectionPanel-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await openMap(page, '#map=5/41/45');
  const at = await projector(page, 'GEO');
  const kutaisi = at(42.27, 42.7);
  await page.mouse.click(kutaisi.x, kutaisi.y);
  await expect.poll(() => hashParams(page).get('sel')).toBe('country:GEO');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel).toContainText('Loading');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(hashParams(page).get('sel')).toBeNull();
  release();
  // The code arriving later opens nothing.
  await page.waitForTimeout(300);
  await expect(panel).toHaveCount(0);
});
