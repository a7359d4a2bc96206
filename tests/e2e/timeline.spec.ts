import { expect, test } from '@playwright/test';
import { hashParams, openMap } from './helpers';

test('#year=2005 shows the slider at 2005, BTC under construction and no TANAP', async ({ page }) => {
  await openMap(page, '#year=2005');
  const slider = page.getByRole('slider', { name: 'Year' });
  await expect(slider).toHaveValue('2005');
  await expect(page.locator('path.route-line-btc.route-under-construction')).toHaveCount(1);
  await expect(page.locator('path.route-line-btc.route-built')).toHaveCount(0);
  await expect(page.locator('path.route-line-tanap')).toHaveCount(0);
  await expect(page.getByText('Not yet begun in 2005').first()).toBeVisible();

  await page.goto('/');
  await expect(page.locator('path.route-line-btc.route-built')).toHaveCount(1);
  await expect(page.locator('path.route-line-tanap').first()).toBeAttached();
});

test('moving the slider with the keyboard writes the year to the URL; the last step is today', async ({ page }) => {
  await openMap(page, '#year=2016');
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('2017');
  expect(hashParams(page).get('year')).toBe('2017');
  await page.keyboard.press('End');
  await expect(page.locator('output.timeline-year')).toHaveText('Today');
  expect(hashParams(page).get('year')).toBeNull();
  await page.goBack();
  await expect(slider).toHaveValue('2017');
});

test('the Armenia panel differs between 2021 and today', async ({ page }) => {
  await openMap(page, '#sel=country:ARM&year=2021');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Armenia' })).toBeVisible();
  const periods = panel.locator('.periods > li');
  const in2021 = await periods.count();
  await expect(panel.getByText(/2023 – now/)).toHaveCount(0);

  await page.goto('/#sel=country:ARM');
  await expect(panel.getByText(/2023 – now/).first()).toBeVisible();
  expect(await periods.count()).toBeGreaterThan(in2021);
});

test('the events of a year are listed and select what they concern', async ({ page }) => {
  await openMap(page, '#year=2017');
  await page.getByText(/Events in 2017/).click();
  const event = page.getByRole('button', { name: /Baku–Tbilisi–Kars/ }).first();
  await event.click();
  expect(hashParams(page).get('sel')).toMatch(/^(route:btk|country:)/);
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toBeVisible();
});
