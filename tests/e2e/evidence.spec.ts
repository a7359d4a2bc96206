import { expect, test } from '@playwright/test';
import { guardPage, openMap, projector } from './helpers';

const panel = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Details' });

for (const [id, name] of [
  ['FRA', 'France'],
  ['IND', 'India'],
  ['GBR', 'United Kingdom'],
  ['DEU', 'Germany'],
] as const) {
  test(`#sel=country:${id} opens ${name}'s own partner panel, its kind backed by dated evidence`, async ({ page }) => {
    const guard = guardPage(page);
    await openMap(page, `#sel=country:${id}`);
    await expect(panel(page).getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(panel(page).getByRole('region', { name: 'Kind of relationship' })).toBeVisible();
    await expect(panel(page).locator('.periods time').first()).toBeVisible();
    expect(await panel(page).locator('a.source-link').count()).toBeGreaterThan(2);
    guard.assertClean();
  });
}

test('France: a click on it opens France, shows its strain, and links to the EU it belongs to', async ({ page }) => {
  await openMap(page, '#map=5/47/3');
  // Germany as the reference: France's shape includes its overseas departments, far out of view.
  const at = await projector(page, 'DEU');
  const bourges = at(47.08, 2.4);
  await page.mouse.click(bourges.x, bourges.y);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'France' })).toBeVisible();
  await expect(panel(page).getByRole('region', { name: 'Strains' })).toBeVisible();
  await panel(page).getByRole('button', { name: 'European Union' }).click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'European Union' })).toBeVisible();
});

test('Russia shows its alliance declaration and, beside it, the strain in force since December 2024', async ({ page }) => {
  await openMap(page, '#sel=country:RUS');
  const kind = panel(page).getByRole('region', { name: 'Kind of relationship' });
  await expect(kind).toContainText('Alliance');
  await expect(kind).toContainText('Under strain');
  const strains = panel(page).getByRole('region', { name: 'Strains' });
  await expect(strains.locator('time[datetime^="2024-12"]').first()).toBeVisible();
  await expect(strains).toContainText('in force');
  // On the map, an outline says so too (with the legend's words), whatever the kind's colour.
  await expect(page.locator('path.country-RUS')).toHaveAttribute('stroke-dasharray', /\d/);
});

for (const [id, name, status] of [
  ['d8', /D-8/, /member/i],
  ['nato-pfp', /Partnership for Peace/, /partner/i],
] as const) {
  test(`#sel=org:${id} opens its panel with Azerbaijan's standing`, async ({ page }) => {
    await openMap(page, `#sel=org:${id}`);
    await expect(panel(page).getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(panel(page)).toContainText(status);
    await expect(panel(page).locator('a.source-link').first()).toBeVisible();
  });
}

test('the legend explains the strain outline and says once when the data was reviewed', async ({ page }) => {
  await openMap(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('Under strain');
  await expect(legend.locator('time').first()).toHaveAttribute('datetime', /^\d{4}/);
});
