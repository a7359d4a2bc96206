import { expect, test } from '@playwright/test';
import { guardPage, hashParams, openMap, projector } from './helpers';

test('a link with sel=country:TUR opens the Türkiye panel with the Shusha Declaration of 2021', async ({ page }) => {
  const guard = guardPage(page);
  await openMap(page, '#sel=country:TUR');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Türkiye' })).toBeFocused();
  await expect(panel).toContainText('Alliance');
  await expect(panel).toContainText(/Shusha Declaration/);
  await expect(panel.locator('time[datetime^="2021-06-15"]').first()).toBeVisible();
  expect(await panel.locator('a.source-link').count()).toBeGreaterThan(3);
  guard.assertClean();
});

test('clicking a country at its pixel selects it, writes sel, and Escape closes the panel', async ({ page }) => {
  await openMap(page, '#map=5/41/45');
  const at = await projector(page, 'GEO');
  const kutaisi = at(42.27, 42.7);
  await page.mouse.click(kutaisi.x, kutaisi.y);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
  expect(hashParams(page).get('sel')).toBe('country:GEO');
  await expect(page.locator('path.country-GEO')).toHaveAttribute('stroke', '#000000');

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(hashParams(page).get('sel')).toBeNull();
});

test('clicking an EU member without its own entry opens the EU panel; a non-partner says so', async ({ page }) => {
  await openMap(page, '#map=5/49/15');
  const at = await projector(page, 'CZE');
  const jihlava = at(49.4, 15.6);
  await page.mouse.click(jihlava.x, jihlava.y);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'European Union' })).toBeVisible();
  expect(hashParams(page).get('sel')).toBe('bloc:EU');

  await page.goto('/#sel=country:NOR');
  await expect(panel.getByRole('heading', { level: 2, name: 'Norway' })).toBeVisible();
  await expect(panel).toContainText('not one of the partners');
  await expect(panel).toContainText('Organization for Security and Co-operation in Europe');
});

test('choosing an organisation highlights its members and opens its panel', async ({ page }) => {
  await openMap(page);
  await page.getByLabel('Organisations', { exact: true }).selectOption('guam');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('GUAM');
  expect(hashParams(page).get('sel')).toBe('org:guam');
  for (const id of ['GEO', 'UKR', 'MDA']) {
    await expect(page.locator(`path.country-${id}`)).toHaveAttribute('fill', '#F0E442');
  }
  await expect(page.locator('path.country-RUS')).not.toHaveAttribute('fill', '#F0E442');
});

test('partner links are drawn from Baku, one per partner', async ({ page }) => {
  await openMap(page);
  // The links are drawn just after the countries, in the frames that follow the first paint.
  await expect.poll(() => page.locator('path.partner-link').count()).toBeGreaterThanOrEqual(16);
});
