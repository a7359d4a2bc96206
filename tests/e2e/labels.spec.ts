import { expect, type Page, test } from '@playwright/test';
import { guardPage, hashParams, openMap } from './helpers';

const label = (page: Page, id: string) => page.locator(`.map-label[data-label="${id}"]`);

/** The boxes of every label drawn, in page pixels. */
const labelBoxes = (page: Page) =>
  page.locator('.map-label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-label'), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );

test('the first view names the focus country and the key partners, without hovering, and no two names overlap', async ({ page }) => {
  const guard = guardPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page);
  for (const id of ['country:AZE', 'country:TUR', 'country:RUS', 'country:IRN', 'country:GEO', 'country:ARM', 'country:KAZ']) {
    await expect(label(page, id)).toBeVisible();
  }
  await expect(label(page, 'country:TUR')).toHaveText('Türkiye');
  // Russia's main label point (Siberia) is out of this view: a band point in European Russia names it, on screen.
  const russia = await page
    .locator('.map-label')
    .filter({ hasText: /^Russia$/ })
    .boundingBox();
  expect(russia && russia.x > 0 && russia.x + russia.width < 1280 && russia.y > 0 && russia.y < 800).toBe(true);
  const boxes = await labelBoxes(page);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  // Names are for the eye: the panels, search and list carry them for screen readers.
  await expect(page.locator('.leaflet-labels-pane')).toHaveAttribute('aria-hidden', 'true');
  guard.assertClean();
});

test('a click on a name selects the country under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page);
  const name = label(page, 'country:KAZ');
  await expect(name).toBeVisible();
  await name.click({ force: true });
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  expect(hashParams(page).get('sel')).toBe('country:KAZ');
});

test('zooming in names more countries and the capitals; a selected route names its ends', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, '#map=6/41/45');
  await expect(label(page, 'capital:Tbilisi')).toBeVisible();
  await expect(label(page, 'capital:Yerevan')).toBeVisible();
  await page.goto('/#map=5/40.5/40&sel=route:btc');
  await expect(page.locator('.map-label-stop').first()).toBeVisible();
  await expect(page.locator('.map-label-stop')).toHaveCount(2);
});

for (const [name, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`a screenshot of the first view on a ${name}, kept for review (.tmp/screenshots), shows the map named`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openMap(page);
    await expect(label(page, 'country:AZE')).toBeVisible();
    const shot = await page.screenshot({ path: `.tmp/screenshots/first-view-${name}.png` });
    expect(shot.byteLength).toBeGreaterThan(20_000);
  });
}
