import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { FeatureCollection, LineString } from 'geojson';
import { hashParams, openMap, projector } from './helpers';

const routes = JSON.parse(
  readFileSync(new URL('../../public/geo/routes.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<LineString>;

test('a link with sel=route:btc shows the BTC panel with 1,768 km and the official split', async ({ page }) => {
  await openMap(page, '#sel=route:btc');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Baku–Tbilisi–Ceyhan');
  await expect(panel).toContainText('1,768 km');
  const table = panel.getByRole('table', { name: /Official length by country/ });
  await expect(table.getByRole('row', { name: /Azerbaijan 443/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Georgia 249/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Türkiye 1,076/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Georgia' })).toBeVisible();
});

test('unchecking BTC removes it from the map and from layers, and the choice survives a reload', async ({ page }) => {
  await openMap(page);
  await expect(page.locator('path.route-hit-btc').first()).toBeAttached();
  const btc = page.getByRole('checkbox', { name: /Baku–Tbilisi–Ceyhan.*\(BTC\)/ });
  await expect(btc).toBeChecked();
  await btc.uncheck();
  await expect(page.locator('path.route-hit-btc')).toHaveCount(0);
  expect(hashParams(page).get('layers')).toBe('sgc,btk');

  await page.reload();
  await expect(page.locator('path.country-AZE')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /\(BTC\)/ })).not.toBeChecked();
  await expect(page.locator('path.route-hit-btc')).toHaveCount(0);
  await expect(page.locator('path.route-hit-tanap').first()).toBeAttached();
});

test('clicking a drawn route at its pixel selects it', async ({ page }) => {
  // A BTC vertex on the last leg to Ceyhan, where no other route runs.
  const btcLine = routes.features.filter((f) => f.properties?.routeId === 'btc').flatMap((f) => f.geometry.coordinates);
  const [lng, lat] = btcLine.find(([, y]) => y! < 38.3 && y! > 37.2)!;
  await openMap(page, `#map=6/${lat}/${lng}`);
  const at = await projector(page, 'ARM');
  const p = at(lat!, lng!);
  await page.mouse.click(p.x, p.y);
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toContainText(
    'Baku–Tbilisi–Ceyhan',
  );
  expect(hashParams(page).get('sel')).toBe('route:btc');
});

test('a selected route is drawn even when its layer is off', async ({ page }) => {
  await openMap(page, '#sel=route:igb');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toContainText('Interconnector');
  await expect(page.locator('path.route-line-igb').first()).toBeAttached();
  expect(hashParams(page).get('layers')).toBeNull();
  await page.keyboard.press('Escape');
  await expect(page.locator('path.route-line-igb')).toHaveCount(0);
});
