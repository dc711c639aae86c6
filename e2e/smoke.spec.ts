import { expect, test } from '@playwright/test';

test('the first visit shows a sheet with values', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[role=gridcell][data-ref="A2"]')).toContainText('25', { timeout: 15_000 });
  await page.screenshot({ path: 'test-results/first-visit.png' });
});
