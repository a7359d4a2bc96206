import { readFileSync } from 'node:fs';
import bbox from '@turf/bbox';
import { expect, type Page } from '@playwright/test';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const topo = JSON.parse(readFileSync(new URL('../../public/geo/countries.topo.json', import.meta.url), 'utf8')) as Topology;
const countries = (feature(topo, topo.objects.countries!) as unknown as { features: Feature<Polygon | MultiPolygon>[] }).features;

function geoBox(id: string) {
  const f = countries.find((c) => c.id === id);
  if (!f) throw new Error(`no country ${id}`);
  const [west, south, east, north] = bbox(f);
  return { west, south, east, north };
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Page coordinates of a place, worked out from where a reference country's path is drawn: the
 * path's box on screen and its box on the globe fix Leaflet's (Web Mercator) projection. The
 * reference must be wholly in view (Leaflet clips paths to the viewport).
 */
export async function projector(page: Page, referenceId: string) {
  const box = await page.locator(`path.country-${referenceId}`).boundingBox();
  if (!box) throw new Error(`${referenceId} is not drawn`);
  const geo = geoBox(referenceId);
  return (lat: number, lng: number) => ({
    x: box.x + ((lng - geo.west) / (geo.east - geo.west)) * box.width,
    y: box.y + ((mercY(geo.north) - mercY(lat)) / (mercY(geo.north) - mercY(geo.south))) * box.height,
  });
}

/** Fails the test on any page error, console error, or request to a host other than ours. */
export function guardPage(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    // data: and blob: URLs are made in the page (the map image is drawn through one).
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      problems.push(`request off-host: ${r.url()}`);
  });
  return {
    problems,
    assertClean: () => expect(problems).toEqual([]),
  };
}

/**
 * Opens the app at a hash and waits until the countries are drawn and the rest of the app (the
 * overlays and the layers box, which render just after the first paint) is in place.
 */
export async function openMap(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.locator('path.country').first()).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toHaveCount(0);
  await expect(page.locator('.map-controls')).toBeAttached();
}

export const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

/** Unfolds the layers box (it folds itself when a panel opens on a screen under 1400 px). */
export async function openLayers(page: Page) {
  const box = page.locator('.map-controls > details');
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator(':scope > summary').click();
}
