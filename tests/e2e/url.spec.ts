import { expect, test } from '@playwright/test';
import { guardPage, hashParams, openLayers, openMap, projector } from './helpers';

const details = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Details' });

test('a crafted link restores the view, the selection and the overlays, and survives a reload', async ({ page }) => {
  const link = '#map=6/41/46&sel=country:GEO&layers=btc,igb';
  await openMap(page, link);
  await expect(details(page).getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
  await expect(page.locator('path.route-hit-btc')).toHaveCount(1);
  await expect(page.locator('path.route-hit-igb').first()).toBeAttached();
  await expect(page.locator('path.route-hit-tanap')).toHaveCount(0);
  await openLayers(page);
  await expect(page.getByRole('checkbox', { name: /Southern Gas Corridor/ })).not.toBeChecked();

  const centre = async () => {
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    const p = (await projector(page, 'ARM'))(41, 46);
    return { dx: p.x - (box.x + box.width / 2), dy: p.y - (box.y + box.height / 2) };
  };
  const { dx, dy } = await centre();
  expect(Math.abs(dx)).toBeLessThan(3);
  expect(Math.abs(dy)).toBeLessThan(3);
  await page.waitForTimeout(600);
  expect(new URL(page.url()).hash).toBe(link);

  await page.reload();
  await expect(details(page).getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe(link);
  const after = await centre();
  expect(Math.abs(after.dx)).toBeLessThan(3);
});

test('select, Escape, Back restores the selection and Forward clears it again', async ({ page }) => {
  await openMap(page);
  await page.getByRole('combobox', { name: /Search/ }).fill('Kazakhstan');
  await page.keyboard.press('Enter');
  // Focus moves from the search box to the panel's heading; there, Escape closes the panel.
  await expect(details(page).getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);
  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 2, name: 'Kazakhstan' })).toBeVisible();
  expect(hashParams(page).get('sel')).toBe('country:KAZ');
  await page.goForward();
  await expect(details(page)).toHaveCount(0);
  expect(hashParams(page).get('sel')).toBeNull();
});

test('toggling an overlay then Back restores it; editing the hash by hand updates the app', async ({ page }) => {
  await openMap(page);
  await page.getByRole('checkbox', { name: /\(IGB\)/ }).check();
  expect(hashParams(page).get('layers')).toBe('btc,sgc,igb,btk');
  await expect(page.locator('path.route-hit-igb').first()).toBeAttached();
  await page.goBack();
  await expect(page.locator('path.route-hit-igb')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /\(IGB\)/ })).not.toBeChecked();

  await page.evaluate(() => {
    window.location.hash = '#sel=country:TUR';
  });
  await expect(details(page).getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
});

test('a link with markup or script in every key opens the default view, with nothing injected', async ({ page }) => {
  const guard = guardPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)>';
  const hash = [
    `map=${encodeURIComponent('<script>alert(1)</script>')}/1/2`,
    `sel=country:${encodeURIComponent(evil)}`,
    `layers=${encodeURIComponent('<svg onload=alert(1)>')}`,
    `year=${encodeURIComponent('javascript:alert(1)')}`,
    `embed=${encodeURIComponent('"><b>x</b>')}`,
    `${encodeURIComponent('<i>')}=${'A'.repeat(50_000)}`,
  ].join('&');
  page.on('console', () => undefined);
  await openMap(page, `#${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(details(page)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /\(BTC\)/ })).toBeChecked();
  expect(await page.locator('img[src="x"], svg[onload], b:text("x")').count()).toBe(0);
  expect(await page.evaluate(() => document.body.innerHTML.includes('onerror'))).toBe(false);
  expect(dialogs).toEqual([]);
  expect(guard.problems.filter((p) => !p.startsWith('console'))).toEqual([]);
});

test('the copy button puts the link to the current view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page, '#sel=route:btc');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByLabel('Link to this view')).toHaveValue(page.url());
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(dialog.getByLabel('Embed on a web page')).toHaveValue(
    /<iframe src="[^"]*embed=1[^"]*" width="100%" height="520"[^>]* title="[^"]+"[^>]* allowfullscreen><\/iframe>/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(details(page)).toBeVisible();
});

test('embed=1 hides the page chrome and keeps the map working', async ({ page }) => {
  await openMap(page, '#map=5/41/45&embed=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  const full = page.getByRole('link', { name: 'Open the full map' });
  await expect(full).toHaveAttribute('href', /#map=5\/41\/45$/);
  const at = await projector(page, 'GEO');
  const p = at(42.27, 42.7);
  await page.mouse.click(p.x, p.y);
  await expect(details(page).getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();
  expect(hashParams(page).get('embed')).toBe('1');
});
