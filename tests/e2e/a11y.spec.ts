import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openMap } from './helpers';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  expect(summary).toEqual([]);
}

const panelHeading = (page: Page) => page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 });

test.describe('axe finds no violations', () => {
  test('the first view', async ({ page }) => {
    await openMap(page);
    await expectNoViolations(page);
  });

  test('a partner panel', async ({ page }) => {
    await openMap(page, '#sel=country:TUR');
    await expect(panelHeading(page)).toHaveText('Türkiye');
    await expectNoViolations(page);
  });

  test('a route panel', async ({ page }) => {
    await openMap(page, '#sel=route:tap');
    await expect(panelHeading(page)).toContainText('Trans Adriatic');
    await expectNoViolations(page);
  });

  test('an organisation panel', async ({ page }) => {
    await openMap(page, '#sel=org:oic');
    await expect(panelHeading(page)).toContainText('Islamic');
    await expectNoViolations(page);
  });

  test('the list view', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.getByRole('table', { name: 'Routes' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the share dialog', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page);
  });

  test('a phone with a panel open', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openMap(page, '#sel=country:GEO');
    await expect(panelHeading(page)).toHaveText('Georgia');
    await expectNoViolations(page);
  });
});
