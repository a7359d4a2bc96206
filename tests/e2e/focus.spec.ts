import { expect, type Page, test } from '@playwright/test';
import { guardPage, hashParams, openMap } from './helpers';

/** Country packs: the same map for another focus country, chosen by `focus` in the link or in the header. */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const switcher = (page: Page) => page.getByRole('combobox', { name: /^Foreign relations of/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

test('#focus=GEO shows Georgia in the title, the heading, the switcher, the legend and the map', async ({ page }) => {
  const guard = guardPage(page);
  await openMap(page, '#focus=GEO');
  await expect(heading(page)).toHaveText('Georgia’s foreign relations');
  await expect(page).toHaveTitle(/^Georgia’s foreign relations/);
  await expect(switcher(page)).toHaveValue('GEO');
  await expect(page.locator('.map-controls')).toContainText('Relationship with Georgia');
  // Georgia's partners are drawn in their kinds' colours; Azerbaijan is one of them, Georgia the focus.
  await expect(page.locator('.map-label[data-label="country:GEO"]')).toHaveText('Georgia');
  await expect(page.locator('.map-label[data-label="country:UKR"]')).toHaveText('Ukraine');
  await expect(page.getByRole('application', { name: /Map of Georgia’s partners/ })).toBeAttached();
  guard.assertClean();
});

test('#focus=GEO&sel=country:AZE opens Azerbaijan as Georgia’s partner, with its evidence', async ({ page }) => {
  await openMap(page, '#focus=GEO&sel=country:AZE');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Azerbaijan' })).toBeVisible();
  await expect(panel).toContainText('Organisations shared with Georgia');
  await expect(panel).toContainText('Strategic partnership');
  await expect(panel.locator('time[datetime="2015-11-05"]').first()).toBeVisible();
  expect(await panel.locator('a.source-link').count()).toBeGreaterThan(3);
});

test('#focus=GEO&sel=country:RUS tells the August 2008 war and the break in relations', async ({ page }) => {
  await openMap(page, '#focus=GEO&sel=country:RUS');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Russia' })).toBeVisible();
  await expect(panel).toContainText('Adversarial');
  await expect(panel.locator('time[datetime="2008-08-07"]').first()).toBeVisible();
  await expect(panel).toContainText(/Abkhazia and South Ossetia/);
  await expect(panel.locator('time[datetime="2008-08-29"]').first()).toBeVisible();
});

test('the switcher changes the focus with a history entry, and Back returns', async ({ page }) => {
  const guard = guardPage(page);
  await openMap(page, '#sel=country:TUR');
  await expect(details(page).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
  await switcher(page).selectOption('GEO');
  await expect(heading(page)).toHaveText('Georgia’s foreign relations');
  expect(hashParams(page).get('focus')).toBe('GEO');
  // A selection belongs to a focus: switching starts Georgia's view with none.
  expect(hashParams(page).get('sel')).toBeNull();
  await expect(details(page)).toHaveCount(0);
  await expect(page).toHaveTitle(/^Georgia’s foreign relations/);

  await page.goBack();
  await expect(heading(page)).toHaveText('Azerbaijan’s foreign relations');
  await expect(switcher(page)).toHaveValue('AZE');
  await expect(details(page).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
  await page.goForward();
  await expect(heading(page)).toHaveText('Georgia’s foreign relations');
  guard.assertClean();
});

test('the share link and the embed code keep the focus', async ({ page }) => {
  await openMap(page, '#focus=GEO&sel=route:btc');
  await expect(details(page).getByRole('heading', { level: 2, name: /Baku–Tbilisi–Ceyhan/ })).toBeVisible();
  // The route panel states Georgia's share first.
  await expect(details(page)).toContainText(/In Georgia: 249 km/);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const link = new URL(await dialog.getByLabel('Link to this view').inputValue());
  const params = new URLSearchParams(link.hash.slice(1));
  expect(params.get('focus')).toBe('GEO');
  expect(params.get('sel')).toBe('route:btc');
  await expect(dialog.getByLabel('Embed on a web page')).toHaveValue(/focus=GEO/);

  // The link opens the same view in a fresh page.
  await page.goto(link.toString());
  await expect(heading(page)).toHaveText('Georgia’s foreign relations');
  await expect(details(page).getByRole('heading', { level: 2, name: /Baku–Tbilisi–Ceyhan/ })).toBeVisible();
});

test('#focus=ZZZ falls back to Azerbaijan with one warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('focus')) warnings.push(m.text());
  });
  await openMap(page, '#focus=ZZZ&sel=country:TUR');
  await expect(heading(page)).toHaveText('Azerbaijan’s foreign relations');
  await expect(details(page).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
  expect(warnings).toHaveLength(1);
});

test('the list view and the timeline follow the focus', async ({ page }) => {
  await openMap(page, '#focus=GEO');
  await page.getByRole('button', { name: 'List' }).click();
  const partners = page.getByRole('table', { name: /Partners/ });
  await expect(partners).toContainText('Azerbaijan');
  await expect(partners).toContainText('Ukraine');
  // Georgia is the focus, not its own partner; Turkmenistan is one of Azerbaijan's partners only.
  await expect(partners.getByRole('rowheader', { name: 'Georgia' })).toHaveCount(0);
  await expect(partners).not.toContainText('Turkmenistan');
  await expect(page.getByRole('table', { name: 'Routes' })).not.toContainText('Zangezur');
  await page.getByRole('button', { name: 'List' }).click();

  await page.goto('/#focus=GEO&year=2008');
  await expect(page.locator('.timeline')).toContainText(/Events in 2008/);
  await expect(page.locator('.timeline')).toContainText(/Bucharest|war|South Ossetia/);
});
