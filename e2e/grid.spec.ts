// The sheet as a spreadsheet user works it: typing, gradients, keyboard, clipboard, undo, errors, and
// a runaway loop stopped while the grid stays usable.
import { expect, test } from '@playwright/test';
import { cell, openBlankSheet, typeInto } from './helpers';

test.beforeEach(async ({ page }) => openBlankSheet(page));

test('typing formulas shows their values, with shape and requires_grad marks', async ({ page }) => {
  await typeInto(page, 'A1', '=ones(2, 2, requires_grad=true)');
  await typeInto(page, 'A2', '=A1 + 2');
  await typeInto(page, 'A3', '=3 * A2 * A2');
  await typeInto(page, 'A4', '=A3.mean()');
  await expect(cell(page, 'A4')).toHaveText('27');
  await expect(cell(page, 'A1')).toHaveText('[[1, 1], [1, 1]]');
  await expect(cell(page, 'A1').locator('.shape-badge')).toHaveAttribute('data-shape', '2×2');
  await expect(cell(page, 'A1').locator('.mark-grad')).toBeVisible();
  await expect(cell(page, 'A1').locator('[aria-description]')).toHaveAttribute('aria-description', 'shape 2×2, requires grad');
  await page.screenshot({ path: 'test-results/grid-values.png' });
});

test('a gradient cell, and an upstream-weighted gradient', async ({ page }) => {
  await typeInto(page, 'A1', '=ones(2, 2, requires_grad=true)');
  await typeInto(page, 'A2', '=3 * (A1 + 2) ** 2');
  await typeInto(page, 'A3', '=grad(A2.mean(), A1)');
  await expect(cell(page, 'A3')).toContainText('[[4.5, 4.5], [4.5, 4.5]]');
  await typeInto(page, 'A4', '=grad(A2, A1, [[0.25, 0.5], [0.75, 1]])');
  await expect(cell(page, 'A4')).toContainText('[[4.5, 9], [13.5, 18]]');
  // Editing the input re-runs forward and backward.
  await typeInto(page, 'A1', '=ones(2, 2, requires_grad=true) * 2');
  await expect(cell(page, 'A3')).toContainText('[[6, 6], [6, 6]]');
});

test('keyboard: arrows, Enter, Tab, F2, Escape and Delete', async ({ page }) => {
  await typeInto(page, 'B2', '5');
  await expect(page.getByLabel('Name Box')).toHaveValue('B3'); // Enter moved down
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Name Box')).toHaveValue('C2');
  await page.keyboard.type('=B2 * 2');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name Box')).toHaveValue('D2');
  await expect(cell(page, 'C2')).toHaveText('10');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('F2');
  await page.keyboard.type(' + 1');
  await page.waitForTimeout(150); // let any completion popup settle: its Escape would close it first
  await page.keyboard.press('Escape'); // cancels the edit
  await expect(cell(page, 'C2')).toHaveText('10');
  await page.keyboard.press('F2');
  await page.keyboard.type(' + 1');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'C2')).toHaveText('11');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');
  await expect(cell(page, 'C2')).toHaveText('');
  await expect(page.getByRole('grid')).toHaveAttribute('aria-activedescendant', 'cell-C2');
});

test('copy and paste a range as tab-separated text, formulas included', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await typeInto(page, 'A1', '1');
  await typeInto(page, 'B1', '2');
  await typeInto(page, 'A2', '=A1 + B1');
  await typeInto(page, 'B2', 'note');
  await page.getByLabel('Name Box').fill('A1:B2');
  await page.getByLabel('Name Box').press('Enter');
  await page.keyboard.press('Control+C');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('1\t2\n=A1 + B1\tnote');
  await page.getByLabel('Name Box').fill('D5');
  await page.getByLabel('Name Box').press('Enter');
  await page.keyboard.press('Control+V');
  await expect(cell(page, 'D6')).toHaveText('3');
  await expect(cell(page, 'E6')).toHaveText('note');
  // Text from another spreadsheet pastes the same way.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '7\t8\r\n=D5*E5\t\r\n');
    document.querySelector('[role=grid]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(cell(page, 'D6')).toHaveText('56');
});

test('undo and redo every edit', async ({ page }) => {
  await typeInto(page, 'A1', '1');
  await typeInto(page, 'A2', '=A1 * 10');
  await typeInto(page, 'A1', '2');
  await expect(cell(page, 'A2')).toHaveText('20');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'A2')).toHaveText('10');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'A2')).toHaveText('');
  await page.keyboard.press('Control+Y');
  await expect(cell(page, 'A2')).toHaveText('10');
  await page.keyboard.press('Control+Shift+Z');
  await expect(cell(page, 'A2')).toHaveText('20');
});

test('an error shows its code, with the message on hover', async ({ page }) => {
  await typeInto(page, 'A1', '=[1, 2, 3] + [1, 2]');
  await expect(cell(page, 'A1')).toHaveText('#SHAPE!');
  await expect(cell(page, 'A1').locator('[title]').first()).toHaveAttribute('title', /add: shapes \[3\] and \[2\] do not broadcast/);
  await typeInto(page, 'A2', '=A1 * 2');
  await expect(cell(page, 'A2')).toHaveText('#SHAPE!');
  await typeInto(page, 'A3', '=1 +* 2');
  await expect(cell(page, 'A3')).toHaveText('#PARSE!');
});

test('a runaway while is cancelled while the grid stays usable', async ({ page }) => {
  await typeInto(page, 'A1', '2');
  await typeInto(page, 'A2', '=while(1, y => true, y => sin(y) + 0 * ones(300, 300).sum())');
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  // The grid still answers: selecting and typing work while the worker computes.
  await page.getByLabel('Name Box').fill('C1');
  await page.getByLabel('Name Box').press('Enter');
  await expect(page.getByLabel('Name Box')).toHaveValue('C1');
  await cancel.click();
  await expect(cell(page, 'A2')).toHaveText('#LOOP!');
  await expect(cancel).toBeHidden();
  await typeInto(page, 'B1', '=A1 * 21');
  await expect(cell(page, 'B1')).toHaveText('42');
});

test('the grid scrolls to row 10,000 and column CV', async ({ page }) => {
  await page.getByLabel('Name Box').fill('CV10000');
  await page.getByLabel('Name Box').press('Enter');
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'CV10000')).toHaveText('42');
  expect(await page.locator('[role=gridcell]').count()).toBeLessThan(1500);
});

test('after adding or deleting a sheet the keyboard is in the grid, not on the button', async ({ page }) => {
  // openBlankSheet has just pressed "Add sheet": typing lands in the new sheet's A1.
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A1')).toHaveText('7');
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  await page.getByRole('button', { name: 'Delete sheet' }).click();
  await expect(tabs).toHaveCount(count - 1);
  // Enter moves the selection in the grid; it does not press "Delete sheet" again.
  await page.keyboard.press('Enter');
  await expect(tabs).toHaveCount(count - 1);
});
