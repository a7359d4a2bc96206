import { expect, test, type Page } from '@playwright/test';
import { openLayers, openMap } from './helpers';

const COUNTRIES = '**/geo/countries.topo.json';
const ROUTES = '**/geo/routes.geojson';

/** Records Content Security Policy violations from the start of the page. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

const faults: [string, string, Parameters<import('@playwright/test').Route['fulfill']>[0] | 'abort', RegExp][] = [
  ['a network error', COUNTRIES, 'abort', /countries\.topo\.json: could not be downloaded \(network error\)/],
  ['a 404', COUNTRIES, { status: 404, body: 'not found' }, /HTTP 404/],
  ['a 503', ROUTES, { status: 503, body: 'busy' }, /routes\.geojson: could not be downloaded \(HTTP 503\)/],
  ['corrupt JSON', COUNTRIES, { status: 200, contentType: 'application/json', body: '{"type":"Topo' }, /not valid JSON/],
  [
    'JSON of the wrong shape',
    COUNTRIES,
    { status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[]}' },
    /not a TopoJSON topology/,
  ],
  [
    'routes of the wrong shape',
    ROUTES,
    {
      status: 200,
      contentType: 'application/json',
      body: '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}',
    },
    /routes\.geojson: feature 0 is malformed/,
  ],
];

for (const [name, url, response, message] of faults) {
  test(`geometry fault — ${name}: a clear message, a Retry that works, the rest still usable`, async ({ page }) => {
    await page.route(url, (route) => (response === 'abort' ? route.abort('failed') : route.fulfill(response)));
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'The map could not be drawn' });
    await expect(alert).toContainText(message);
    await expect(page.locator('path.country')).toHaveCount(0);

    // The rest of the interface works: search opens a panel.
    await page.getByRole('combobox', { name: /Search/ }).fill('Georgia');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name: 'Georgia' })).toBeVisible();

    await page.unroute(url);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('path.country-AZE')).toBeAttached();
    await expect(alert).toHaveCount(0);
    expect(await page.locator('path.country').count()).toBeGreaterThan(200);
  });
}

test('slow geometry shows a loading state, then the map', async ({ page }) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(COUNTRIES, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toBeVisible();
  release();
  await expect(page.locator('path.country-AZE')).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toHaveCount(0);
});

test('a panel that fails to load says so, offers a way out, and the map carries on', async ({ page }) => {
  await page.route('**/assets/details-*.js', (route) => route.fulfill({ status: 500, body: '' }));
  await openMap(page, '#sel=country:TUR');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('alert')).toContainText('the details panel could not be shown');
  await expect(page.locator('path.country').first()).toBeAttached();
  await openLayers(page);
  await page.getByRole('checkbox', { name: /\(IGB\)/ }).check();
  await expect(page.locator('path.route-hit-igb').first()).toBeAttached();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
});

test('the page carries a strict Content Security Policy and normal use violates none of it', async ({ page }) => {
  const violations = await watchCsp(page);
  await openMap(page, '#sel=route:btc');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('table', { name: 'Partners' })).toBeVisible();
  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('slider', { name: 'Year' }).fill('2010');
  await expect(page.locator('path.route-line-tap')).toHaveCount(0);
  expect(await violations()).toEqual([]);
});

test('when the app code cannot be fetched, the map still shows and the page says so, with a way out', async ({ page }) => {
  await page.route('**/assets/mount-app-*.js', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('the rest of the app could not be loaded');
  await expect(page.locator('path.country-AZE')).toBeAttached();
  await page.unroute('**/assets/mount-app-*.js');
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByRole('combobox', { name: /Search/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when the focus country’s pack cannot be fetched, the page says so, with a way out', async ({ page }) => {
  await page.route('**/assets/geo-*.js', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/#focus=GEO');
  await expect(page.getByRole('alert')).toContainText('The map’s data could not be loaded');
  await page.unroute('**/assets/geo-*.js');
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Georgia’s foreign relations');
});
