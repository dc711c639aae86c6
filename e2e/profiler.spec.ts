// The autograd profiler as a learner uses it (SPEC §14): open the profiler example, press Profile, read
// PyTorch's table (1000 calls of div and of mul, their backward rules), see the heat map, jump to the
// slowest cell.
import { expect, test } from '@playwright/test';
import { openApp, openExample } from './helpers';

test('Profile the profiler example: 1000 div and 1000 mul, backward apart, a heat map over the grid', async ({ page }) => {
  await openApp(page);
  await openExample(page, 'The autograd profiler');
  await page.getByRole('button', { name: 'Profile', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Profile' });
  await expect(panel.getByRole('status')).toContainText(/cells recalculated in/);
  const row = (name: string, phase: string) =>
    panel
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
      .filter({ hasText: phase });
  await expect(row('div', 'forward').getByRole('cell').nth(1)).toHaveText('1,000');
  await expect(row('mul', 'forward').getByRole('cell').nth(1)).toHaveText('1,000');
  await expect(row('DivBackward0', 'backward').getByRole('cell').nth(1)).toHaveText('1,000');
  await expect(row('MulBackward0', 'backward').getByRole('cell').nth(1)).toHaveText('1,000');
  // The loop's cell is the hottest on the heat map, and the list of slowest cells selects it.
  await expect(page.locator('.heat-cell').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/profiler.png' });
  const slowest = panel.getByRole('list', { name: 'Slowest cells' }).getByRole('button').first();
  const label = (await slowest.textContent())!;
  await slowest.click();
  await expect(page.getByLabel('Name Box')).toHaveValue(label.split('!')[1]);
  // The heat map goes with its switch, and comes back.
  await panel.getByRole('checkbox', { name: /Heat map/ }).uncheck();
  await expect(page.locator('.heat-cell')).toHaveCount(0);
  await panel.getByRole('checkbox', { name: /Heat map/ }).check();
  await expect(page.locator('.heat-cell').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Close this panel' }).click();
  await expect(panel).toBeHidden();
  await expect(page.locator('.heat-cell')).toHaveCount(0);
});
