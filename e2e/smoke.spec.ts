import { expect, test } from '@playwright/test';

test('the first visit opens the first tutorial, every visible cell free of errors', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[role=gridcell][data-ref="A2"]')).not.toBeEmpty();
  await expect(page.locator('[role=gridcell] .kind-error')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/first-visit.png' });
});
