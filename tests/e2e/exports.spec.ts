import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { guardPage, openMap } from './helpers';

/** Take the view away: cite it, download its tables, its geometry and an image, print a briefing. */

/** Fails on any Content Security Policy violation the page reports. */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share' }).click();
  return page.getByRole('dialog', { name: 'Share this view' });
}

async function download(page: Page, dialog: ReturnType<Page['getByRole']>, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

test('Cite gives the view’s title, link and dates as plain text and BibTeX', async ({ page }) => {
  await openMap(page, '#sel=country:TUR&year=2021');
  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Cite' }).click();
  const text = await dialog.getByLabel('Citation (plain text)').inputValue();
  expect(text).toContain('Türkiye — Azerbaijan’s foreign relations, 2021');
  expect(text).toContain(page.url());
  expect(text).toMatch(/Dataset as of 2026-\d\d-\d\d/);
  expect(text).toContain(`accessed ${new Date().toISOString().slice(0, 10)}`);
  const bibtex = await dialog.getByLabel('BibTeX').inputValue();
  expect(bibtex).toMatch(/^@misc\{/);
  expect(bibtex).toContain(`url = {${page.url()}}`);
  await expect(dialog.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy BibTeX' })).toBeVisible();
});

test('Download CSV gives the view’s tables, parsed back by a real parser', async ({ page }) => {
  const csp = await watchCsp(page);
  await openMap(page, '#focus=GEO&sel=country:RUS&year=2008');
  const dialog = await openShare(page);
  const file = await download(page, dialog, 'Download CSV');
  expect(file.name).toBe('russia-georgias-foreign-relations-2008.csv');
  const parsed = Papa.parse<Record<string, string>>(file.body.toString('utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields?.slice(0, 4)).toEqual(['table', 'id', 'name', 'kind_or_status']);
  expect(parsed.data.length).toBeGreaterThan(20);
  const russia = parsed.data.filter((r) => r.table === 'partner' && r.id === 'RUS');
  expect(russia.some((r) => r.item === 'kind evidence' && /^https?:\/\//.test(r.source_url ?? ''))).toBe(true);
  expect(parsed.data.some((r) => r.table === 'event' && r.date?.startsWith('2008'))).toBe(true);
  expect(parsed.data.every((r) => r.dataset_as_of && r.licence)).toBe(true);
  expect(csp).toEqual([]);
});

test('Download GeoJSON gives the routes and links drawn, as valid GeoJSON', async ({ page }) => {
  await openMap(page, '#layers=btc,btk');
  const dialog = await openShare(page);
  const file = await download(page, dialog, 'Download GeoJSON');
  expect(file.name).toMatch(/\.geojson$/);
  const text = file.body.toString('utf8');
  expect(() => check(text)).not.toThrow();
  const collection = JSON.parse(text);
  const routeIds = new Set(
    collection.features
      .filter((f: { properties: { layer: string } }) => f.properties.layer === 'route')
      .map((f: { properties: { routeId: string } }) => f.properties.routeId),
  );
  expect([...routeIds].sort()).toEqual(['btc', 'btk']);
  expect(
    collection.features.some(
      (f: { properties: { layer: string; partner: string } }) =>
        f.properties.layer === 'partner-link' && f.properties.partner === 'Türkiye',
    ),
  ).toBe(true);
});

test('Download image gives a sharp PNG of the map, at least 1,200 px wide and not blank, with no CSP violation', async ({ page }) => {
  const guard = guardPage(page);
  const csp = await watchCsp(page);
  await openMap(page, '#sel=route:btc');
  const dialog = await openShare(page);
  const file = await download(page, dialog, 'Download image');
  expect(file.name).toMatch(/baku-tbilisi-ceyhan.*\.png$/);
  const png = PNG.sync.read(file.body);
  expect(png.width).toBeGreaterThanOrEqual(1200);
  // Sharp: at least 2 pixels per CSS pixel of the map.
  const mapWidth = await page.locator('.leaflet-container').evaluate((el) => el.clientWidth);
  expect(png.width).toBeGreaterThanOrEqual(2 * mapWidth);
  // Not blank: many colours, the title band's dark blue among them.
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(50);
  const topLeft = png.data.readUInt32BE(4 * (png.width * 20 + 4));
  expect(topLeft >>> 8).toBe(0x0b3954);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  expect(csp).toEqual([]);
  guard.assertClean();
});

test('Print shows the A4 briefing: the map, the legend, the panel with its sources, the link and a QR code; no search', async ({
  page,
}) => {
  const csp = await watchCsp(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page, '#sel=country:TUR');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
  // The briefing and its QR encoder load once the reader has shown a sign of use.
  await page.mouse.move(300, 300);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /PrintBriefing/.test(r.name))))
    .toBe(true);
  await page.waitForTimeout(500);
  // What the browser does before it prints: the same event for its own Print and for ours.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const briefing = page.getByRole('region', { name: 'Print briefing' });
  await expect(briefing).toBeVisible();
  await expect(briefing.locator('.print-figure > svg')).toBeVisible();
  await expect(briefing.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(briefing).toContainText(page.url());
  await expect(page.getByRole('combobox', { name: /Search/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  await expect(page.locator('.leaflet-container')).toBeHidden();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Shusha Declaration');
  await page.screenshot({ path: '.tmp/screenshots/print-briefing.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(20_000);
  expect(csp).toEqual([]);
});
