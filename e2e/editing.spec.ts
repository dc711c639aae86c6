// Editing as Excel users expect: a click lands on the cell under the pointer, every selection scrolls
// into view, arrows commit in Enter mode and move the caret in Edit mode, the formula bar and the cell
// mirror each other, Backspace edits a cell empty, and Ctrl+Enter fills the selection.
import { type Page, expect, test } from '@playwright/test';
import { cell, cellEditor, clickCell, dragCells, formulaBar, openBlankSheet, typeInto } from './helpers';

test.beforeEach(async ({ page }) => openBlankSheet(page));

const nameBox = (page: Page) => page.getByLabel('Name Box');
const mode = (page: Page) => page.locator('.edit-mode');

test("a click on an empty cell that a neighbour's text runs over selects that cell", async ({ page }) => {
  await typeInto(page, 'B2', 'a comment long enough to run over the next cells');
  await expect(cell(page, 'B2')).toHaveClass(/spills/);
  await page.screenshot({ path: 'test-results/editing-spill.png' });
  await clickCell(page, 'C2');
  await expect(nameBox(page)).toHaveValue('C2');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'C2')).toHaveText('7');
  await expect(cell(page, 'B2')).toHaveText('a comment long enough to run over the next cells');
});

test('the Name Box scrolls the cell it selects into view', async ({ page }) => {
  await nameBox(page).fill('Z500');
  await nameBox(page).press('Enter');
  const grid = (await page.getByRole('grid').boundingBox())!;
  const box = await cell(page, 'Z500').boundingBox();
  expect(box).not.toBeNull();
  // Inside the grid and clear of its sticky headers (26 px high, 52 px wide).
  expect(box!.y).toBeGreaterThanOrEqual(grid.y + 26);
  expect(box!.x).toBeGreaterThanOrEqual(grid.x + 52);
  expect(box!.y + box!.height).toBeLessThanOrEqual(grid.y + grid.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(grid.x + grid.width);
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Z500')).toHaveText('5');
});

test('a link in the inspector scrolls the cell it selects into view', async ({ page }) => {
  await typeInto(page, 'AB300', '21');
  await typeInto(page, 'A1', '=AB300 * 2');
  await clickCell(page, 'A1');
  await page.locator('.side').getByRole('button', { name: 'AB300' }).first().click();
  await expect(nameBox(page)).toHaveValue('AB300');
  const grid = (await page.getByRole('grid').boundingBox())!;
  const box = (await cell(page, 'AB300').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(grid.y + 26);
  expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
  expect(box.x + box.width).toBeLessThanOrEqual(grid.x + grid.width);
});

test('a click on a half-hidden cell scrolls only as far as needed', async ({ page }) => {
  const grid = page.getByRole('grid');
  const gridBox = (await grid.boundingBox())!;
  // The last row that shows is cut off at the bottom edge; clicking it brings it fully into view.
  const rows = Math.floor((gridBox.height - 26) / 26);
  const ref = `A${rows + 1}`;
  await page.mouse.click(gridBox.x + 100, gridBox.y + gridBox.height - 8);
  await expect(nameBox(page)).toHaveValue(ref);
  const top = await grid.evaluate((g) => g.scrollTop);
  expect(top).toBeGreaterThan(0);
  expect(top).toBeLessThanOrEqual(26);
});

test('in Enter mode an arrow key commits the typed value and moves', async ({ page }) => {
  await clickCell(page, 'B2');
  await page.keyboard.type('42');
  await expect(mode(page)).toHaveText('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'B2')).toHaveText('42');
  await expect(nameBox(page)).toHaveValue('B3');
  await page.keyboard.type('text');
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'B3')).toHaveText('text');
  await expect(nameBox(page)).toHaveValue('C3');
  await expect(mode(page)).toHaveText('Ready');
});

test('F2 switches to Edit mode, where arrows move the caret', async ({ page }) => {
  await typeInto(page, 'A1', 'abc');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('F2');
  await expect(mode(page)).toHaveText('Edit');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  await expect(cellEditor(page)).toHaveText('aXbc');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A1')).toHaveText('aXbc');
  // Typing starts Enter mode; F2 there switches to Edit mode too.
  await clickCell(page, 'A3');
  await page.keyboard.type('12');
  await page.keyboard.press('F2');
  await expect(mode(page)).toHaveText('Edit');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A3')).toHaveText('132');
});

test('the formula bar mirrors typing in the cell, and the cell mirrors the formula bar', async ({ page }) => {
  await clickCell(page, 'B2');
  await page.keyboard.type('=6*7');
  await expect(formulaBar(page)).toHaveText('=6*7');
  await page.screenshot({ path: 'test-results/editing-mirror-cell.png' });
  await page.keyboard.press('Enter');
  await expect(cell(page, 'B2')).toHaveText('42');

  await clickCell(page, 'C3');
  await formulaBar(page).click();
  await page.keyboard.type('hello there');
  await expect(mode(page)).toHaveText('Edit');
  await expect(cellEditor(page)).toHaveText('hello there');
  await page.screenshot({ path: 'test-results/editing-mirror-bar.png' });
  await page.keyboard.press('Enter');
  await expect(cell(page, 'C3')).toHaveText('hello there');
  await expect(nameBox(page)).toHaveValue('C4');
});

test('Backspace starts editing the cell empty; Delete clears it', async ({ page }) => {
  await typeInto(page, 'A1', 'hello');
  await typeInto(page, 'A2', 'keep');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Backspace');
  await expect(cellEditor(page)).toHaveText('');
  await page.keyboard.type('bye');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A1')).toHaveText('bye');
  await page.keyboard.press('Delete');
  await expect(cell(page, 'A2')).toHaveText('');
  await expect(page.locator('.grid-editor')).toHaveCount(0);
});

test('Ctrl+Enter writes what was typed into every selected cell, its references shifted', async ({ page }) => {
  await typeInto(page, 'A1', '1');
  await typeInto(page, 'A2', '2');
  await typeInto(page, 'A3', '3');
  // The cell typed into is the selection's active end, B1 here (where the editor opens).
  await dragCells(page, 'B3', 'B1');
  await expect(nameBox(page)).toHaveValue('B1:B3');
  await page.keyboard.type('=A1*10');
  await expect(page.locator('.grid-editor')).toHaveAttribute('data-ref', 'B1');
  await page.keyboard.press('Control+Enter');
  await expect(cell(page, 'B1')).toHaveText('10');
  await expect(cell(page, 'B2')).toHaveText('20');
  await expect(cell(page, 'B3')).toHaveText('30');
  // The selection stays, and one undo takes the whole fill back.
  await expect(nameBox(page)).toHaveValue('B1:B3');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B3')).toHaveText('');
  await expect(cell(page, 'B1')).toHaveText('');
});
