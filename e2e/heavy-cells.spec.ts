// Heavy cells: quick cells show while slow ones compute (with a pending mark), Cancel stops only the
// cell that runs and keeps every value shown, and a formula typed meanwhile still gets its value.
import { type Page, expect, test } from '@playwright/test';
import { cell, importWorkbook, openBlankSheet, typeInto } from './helpers';

// About 3 s each here; the very slow one about 15 s, so Cancel surely finds it running.
const SLOW = '=no_grad(repeat(10000, 0, a => a + 1 + 0 * ones(100, 100).sum()))';
const SLOWER = '=no_grad(repeat(10000, 1, a => a + 1 + 0 * ones(100, 100).sum()))';
const VERY_SLOW = '=no_grad(repeat(5000, 0, a => a + 0 * ones(300, 300).sum()))';

const computing = (page: Page, ref: string) => cell(page, ref).getByRole('img', { name: 'computing' });
const showSheet = (page: Page, name: string) => page.getByRole('tab', { name }).click();

/** Records whether a cell's shown text ever becomes empty from now on. */
async function watchForBlank(page: Page, ref: string): Promise<() => Promise<boolean>> {
  await page.evaluate((r) => {
    const w = window as unknown as { __blanked?: boolean };
    w.__blanked = false;
    const el = document.querySelector(`[role=gridcell][data-ref="${r}"]`)!;
    new MutationObserver(() => {
      if ((el.textContent ?? '') === '') w.__blanked = true;
    }).observe(el, { subtree: true, childList: true, characterData: true });
  }, ref);
  return () => page.evaluate(() => (window as unknown as { __blanked?: boolean }).__blanked === true);
}

test('after a reload, quick cells show at once while the slow ones show that they are computing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  // The slow cells come first in their sheets: the quick ones must not wait for them.
  await importWorkbook(page, 'heavy.gradsheet.json', {
    Sheet1: { A1: SLOW, A2: '=2 * 3', A3: '=A2 + 1', B1: '=A1 + 1' },
    Sheet2: { A1: SLOWER, B1: '=10 * 10', B2: '=sum(ones(3))' },
  });
  await expect(cell(page, 'A1')).toHaveText('10000', { timeout: 30_000 });
  await page.waitForTimeout(1000); // autosave
  await page.reload();
  await expect(cell(page, 'A2')).toHaveText('6');
  await expect(cell(page, 'A3')).toHaveText('7');
  await expect(computing(page, 'A1')).toBeVisible();
  await expect(computing(page, 'B1')).toBeVisible();
  await expect(computing(page, 'A2')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/heavy-cells-pending.png' });
  await showSheet(page, 'Sheet2');
  await expect(cell(page, 'B1')).toHaveText('100');
  await expect(cell(page, 'B2')).toHaveText('3');
  await expect(computing(page, 'A1')).toBeVisible();
  await expect(cell(page, 'A1')).toHaveText('10001', { timeout: 30_000 });
  await expect(computing(page, 'A1')).toHaveCount(0);
  await showSheet(page, 'Sheet1');
  await expect(cell(page, 'B1')).toHaveText('10001');
  await expect(page.locator('.mark-computing')).toHaveCount(0);
});

test('Cancel during a load stops the running cell and keeps every value shown', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await importWorkbook(page, 'stopping.gradsheet.json', {
    Sheet1: { A1: VERY_SLOW, A2: '=2 * 3', B1: '=A1 + 1' },
    Sheet2: { A1: '=10 * 10', B2: SLOW },
  });
  await expect(cell(page, 'A2')).toHaveText('6');
  await expect(computing(page, 'A1')).toBeVisible();
  const blanked = await watchForBlank(page, 'A2');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(cell(page, 'A1')).toHaveText('#LOOP!');
  await expect(cell(page, 'A1').locator('[title]').first()).toHaveAttribute('title', /#LOOP! stopped by the user/);
  // Its dependent shows its error; the other values stayed on screen all along.
  await expect(cell(page, 'B1')).toHaveText('#LOOP!');
  await expect(cell(page, 'A2')).toHaveText('6');
  expect(await blanked()).toBe(false);
  await page.screenshot({ path: 'test-results/heavy-cells-cancelled.png' });
  // The cell not yet computed, which does not read the stopped one, is computed afterwards.
  await showSheet(page, 'Sheet2');
  await expect(cell(page, 'A1')).toHaveText('100');
  await expect(cell(page, 'B2')).toHaveText('10000', { timeout: 30_000 });
  await expect(page.locator('.status-bar')).toContainText('Stopped Sheet1!A1');
});

test('a formula typed while the engine is busy is not cancelled and gets its value', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', VERY_SLOW);
  const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  await expect(cancel).toBeVisible();
  await typeInto(page, 'A2', '=2 + 3');
  await expect(computing(page, 'A1')).toBeVisible();
  await cancel.click();
  await expect(cell(page, 'A1')).toHaveText('#LOOP!');
  await expect(cell(page, 'A2')).toHaveText('5');
  await expect(cancel).toBeHidden();
  // Editing the stopped cell runs it again.
  await typeInto(page, 'A1', '=A2 * 2');
  await expect(cell(page, 'A1')).toHaveText('10');
});
