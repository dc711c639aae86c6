// A workbook always opens: a runaway cell (memory or time) does not keep the others from showing,
// Cancel stops it without running it again, a workbook that took the page down opens with its
// formulas shown and a Recalculate action, and a cell that cannot be shown costs no other cell its value.
import { type Page, expect, test } from '@playwright/test';
import { cell, importWorkbook, openApp, typeInto } from './helpers';

const NESTED = '=no_grad(repeat(1000, 0, a => repeat(1000000, a, b => b + 1)))';
const WHILE = '=while(ones(1000), y => true, y => y * 1)';
// Runs until the time budget stops it (3 s): long enough for the page to die while it computes.
const SLOW = '=repeat(1000000, 0, a => repeat(1000000, a, b => b + 1))';
const cancel = (page: Page) => page.getByRole('button', { name: 'Cancel', exact: true });
const notice = (page: Page) => page.locator('.notice');

test('a file with a key outside the grid is refused by name; a rank-5000 cell is #LIMIT! and the other cells compute, and edits answer', async ({
  page,
}) => {
  await openApp(page);
  await importWorkbook(page, 'odd.gradsheet.json', { Sheet1: { A1: '=1 + 1', ZZZ9999999: '=5' } });
  await expect(notice(page)).toContainText('not imported');
  await expect(notice(page)).toContainText('ZZZ9999999');
  await importWorkbook(page, 'deep.gradsheet.json', { Sheet1: { A1: '=1 + 1', A2: '=A1 * 3', B1: '=ones(ones(5000))' } });
  await expect(page.getByRole('button', { name: 'Workbooks: deep' })).toBeVisible();
  await expect(cell(page, 'A1')).toHaveText('2');
  await expect(cell(page, 'A2')).toHaveText('6');
  // PyTorch's 64 dimensions at most (engine/shape.ts): the cell says so, and only that cell.
  await expect(cell(page, 'B1')).toHaveText('#LIMIT!');
  await typeInto(page, 'C1', '=A2 + 4');
  await expect(cell(page, 'C1')).toHaveText('10');
  await expect(page.locator('.status-bug')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/opens-odd-keys.png' });
});

test('a workbook holding the memory-hungry while opens with its other cells computed, and Cancel keeps them', async ({ page }) => {
  await openApp(page);
  await importWorkbook(page, 'while.gradsheet.json', { Sheet1: { A1: WHILE, A2: '=2 * 3', B1: '=sum(ones(4))', B2: '=A1.sum()' } });
  await expect(cell(page, 'A2')).toHaveText('6');
  await expect(cell(page, 'B1')).toHaveText('4');
  await cancel(page).click();
  await expect(cell(page, 'A1')).toHaveText('#LOOP!');
  await expect(cell(page, 'B2')).toHaveText('#LOOP!');
  await expect(cancel(page)).toBeHidden();
  await expect(cell(page, 'A2')).toHaveText('6');
  await expect(cell(page, 'B1')).toHaveText('4');
});

test('Cancel stops the nested loops without running them again, and the other runaway cell is stopped by itself', async ({ page }) => {
  await openApp(page);
  await importWorkbook(page, 'nested.gradsheet.json', {
    Sheet1: { A1: '=1 + 1', B1: SLOW, B2: '=B1 + 1', C1: '=sum(ones(5))', D1: SLOW.replace('1000000, a', '999999, a'), E1: NESTED },
  });
  await expect(cell(page, 'A1')).toHaveText('2');
  await expect(cell(page, 'C1')).toHaveText('5');
  await page.waitForTimeout(300);
  await cancel(page).click();
  await expect(cell(page, 'B1')).toHaveText('#LOOP!');
  await expect(cell(page, 'B2')).toHaveText('#LOOP!');
  // The restarted engine runs D1, a runaway too: it is stopped without another Cancel.
  await expect(cell(page, 'D1')).toHaveText('#LOOP!', { timeout: 20_000 });
  // The nested loops without history end at the step budget by themselves.
  await expect(cell(page, 'E1')).toHaveText('#LOOP!', { timeout: 20_000 });
  await expect(cancel(page)).toBeHidden();
  await expect(cell(page, 'A1')).toHaveText('2');
  await expect(cell(page, 'C1')).toHaveText('5');
  await page.screenshot({ path: 'test-results/opens-nested-cancelled.png' });
});

test('a page killed mid-recalculation reopens with its formulas shown and a Recalculate action', async ({ page, context }) => {
  await openApp(page);
  await importWorkbook(page, 'crash.gradsheet.json', { Sheet1: { A1: '=2 * 3', A2: '7', B1: SLOW, B2: '=B1 + 1' } });
  await expect(cell(page, 'A1')).toHaveText('6');
  await expect(cancel(page)).toBeVisible();
  await page.waitForTimeout(500);
  // The renderer dies as a tab out of memory does (the worker with it); nothing runs on the way out.
  const crashed = page.waitForEvent('crash');
  await page.goto('chrome://crash').catch(() => {});
  await crashed;
  const again = await context.newPage();
  await openApp(again);
  await expect(notice(again)).toContainText('Sheet1!B1');
  await expect(cell(again, 'A1')).toHaveText('=2 * 3');
  await expect(cell(again, 'A2')).toHaveText('7');
  await expect(cell(again, 'B1')).toHaveText(SLOW);
  await expect(cancel(again)).toBeHidden();
  await again.screenshot({ path: 'test-results/opens-held.png' });
  await notice(again).getByRole('button', { name: 'Recalculate' }).click();
  await expect(cell(again, 'A1')).toHaveText('6');
  await expect(cell(again, 'B1')).toHaveText('#LOOP!');
  await expect(cell(again, 'B2')).toHaveText('#LOOP!');
  await expect(again.locator('.status-bar')).toContainText('Stopped Sheet1!B1');
  await again.screenshot({ path: 'test-results/opens-recalculated.png' });
});

test('an engine that fails is restarted, the user is told, and edits answer', async ({ page }) => {
  await openApp(page);
  await importWorkbook(page, 'fail.gradsheet.json', { Sheet1: { A1: '=2 * 3' } });
  await expect(cell(page, 'A1')).toHaveText('6');
  const engine = page.workers().find((w) => w.url().includes('engine'))!;
  await engine.evaluate(
    () =>
      void setTimeout(() => {
        throw new Error('simulated failure');
      }),
  );
  await expect(notice(page)).toContainText('The engine failed');
  await expect(notice(page)).toContainText('restarted');
  await typeInto(page, 'A2', '=A1 + 1');
  await expect(cell(page, 'A2')).toHaveText('7');
  await expect(cell(page, 'A1')).toHaveText('6');
});
