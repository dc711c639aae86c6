// Point mode, as in Excel: while a formula is typed, clicking, dragging and arrow keys insert
// references, F4 cycles their anchors, the references are outlined in the editor's colours, and a click
// elsewhere never commits a half-typed formula.
import { type Page, expect, test } from '@playwright/test';
import { cell, cellEditor, clickCell, dragCells, formulaBar, openBlankSheet, setTheme, typeInto } from './helpers';

test.beforeEach(async ({ page }) => openBlankSheet(page));

const mode = (page: Page) => page.locator('.edit-mode');

test('clicking a cell and dragging over a range insert their references', async ({ page }) => {
  await typeInto(page, 'B2', '1');
  await typeInto(page, 'C1', '10');
  await clickCell(page, 'A5');
  await page.keyboard.type('=');
  await clickCell(page, 'B2');
  await expect(cellEditor(page)).toHaveText('=B2');
  await expect(mode(page)).toHaveText('Point');
  await page.keyboard.type('+');
  await dragCells(page, 'C1', 'C3');
  await expect(cellEditor(page)).toHaveText('=B2+C1:C3');
  await expect(formulaBar(page)).toHaveText('=B2+C1:C3');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A5')).toHaveText('[[11], [1], [1]]');
});

test('a click on another sheet inserts a sheet-qualified reference', async ({ page }) => {
  const own = await page.getByRole('tab', { selected: true }).textContent();
  await clickCell(page, 'A1');
  await page.keyboard.type('=2*');
  await page.getByRole('tab').first().click();
  // The keyboard is back on the grid, and what is typed still goes into the formula.
  await page.keyboard.type('(');
  await clickCell(page, 'B3');
  await expect(formulaBar(page)).toHaveText('=2*(Autograd!B3');
  await page.keyboard.type(')');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { selected: true })).toHaveText(own!);
  await clickCell(page, 'A1');
  await expect(formulaBar(page)).toHaveText('=2*(Autograd!B3)');
});

test('arrow keys after an operator insert a reference and move it; Shift extends it', async ({ page }) => {
  await clickCell(page, 'D4');
  await page.keyboard.type('=');
  await page.keyboard.press('ArrowDown');
  await expect(cellEditor(page)).toHaveText('=D5');
  await page.keyboard.press('ArrowRight');
  await expect(cellEditor(page)).toHaveText('=E5');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(cellEditor(page)).toHaveText('=E5:E7');
  await expect(mode(page)).toHaveText('Point');
  await page.keyboard.type('.sum() * ');
  await expect(mode(page)).toHaveText('Enter');
  await page.keyboard.press('ArrowLeft');
  await expect(cellEditor(page)).toHaveText('=E5:E7.sum() * C4');
  // After a value an arrow commits and moves, as in Enter mode.
  await page.keyboard.type('+1');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Name Box')).toHaveValue('D5');
  await clickCell(page, 'D4');
  await expect(formulaBar(page)).toHaveText('=E5:E7.sum() * C4+1');
});

test('F4 cycles the anchors of the reference at the caret', async ({ page }) => {
  await clickCell(page, 'A1');
  await page.keyboard.type('=B2+1');
  await page.keyboard.press('F2');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('F4');
    seen.push((await cellEditor(page).textContent()) ?? '');
  }
  expect(seen).toEqual(['=$B$2+1', '=B$2+1', '=$B2+1', '=B2+1']);
});

test('the references of the formula being edited are outlined in the colours the editor gives them', async ({ page }) => {
  await clickCell(page, 'A6');
  await page.keyboard.type('=B2 + C1:C3 * B2');
  const outlines = page.locator('.ref-outline');
  await expect(outlines).toHaveCount(2);
  const refs = cellEditor(page).locator('.ref-c0, .ref-c1');
  await expect(refs).toHaveCount(3);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    const editorColours = await refs.evaluateAll((els) => els.map((e) => getComputedStyle(e).color));
    const outlineColours = await outlines.evaluateAll((els) => els.map((e) => getComputedStyle(e).borderTopColor));
    // B2 twice in one colour, C1:C3 in another; the outline of each is drawn in its colour.
    expect(editorColours[0]).toBe(editorColours[2]);
    expect(editorColours[0]).not.toBe(editorColours[1]);
    expect(outlineColours).toEqual([editorColours[0], editorColours[1]]);
    await page.screenshot({ path: `test-results/point-mode-outlines-${theme}.png` });
  }
  // The C1:C3 outline covers the three cells.
  const range = (await outlines.nth(1).boundingBox())!;
  const c1 = (await cell(page, 'C1').boundingBox())!;
  const c3 = (await cell(page, 'C3').boundingBox())!;
  expect(Math.abs(range.y - c1.y)).toBeLessThan(2);
  expect(Math.abs(range.y + range.height - (c3.y + c3.height))).toBeLessThan(2);
  await page.keyboard.press('Escape');
  await expect(outlines).toHaveCount(0);
});

test('clicking the toolbar, the side panel or a cell never commits a half-typed formula', async ({ page }) => {
  await clickCell(page, 'A1');
  await page.keyboard.type('=sum([1, 2');
  await page.locator('.toolbar .brand').click();
  await page.locator('.side').click({ position: { x: 200, y: 400 } });
  // Not at a place where a reference may go: a click on a cell keeps editing.
  await clickCell(page, 'C5');
  await expect(cellEditor(page)).toHaveText('=sum([1, 2');
  await expect(page.getByLabel('Name Box')).toHaveValue('A1');
  // A press on the grid outside any cell (its corner) puts the keyboard on the grid: keys still go into the formula.
  await page.locator('.grid-corner').click();
  await page.keyboard.type('])');
  await expect(cellEditor(page)).toHaveText('=sum([1, 2])');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A1')).toHaveText('3');
});

test('a plain value commits when another cell is clicked, and that cell is selected', async ({ page }) => {
  await clickCell(page, 'A1');
  await page.keyboard.type('note');
  await page.locator('.toolbar .brand').click();
  await expect(cellEditor(page)).toHaveText('note');
  await clickCell(page, 'B3');
  await expect(cell(page, 'A1')).toHaveText('note');
  await expect(page.getByLabel('Name Box')).toHaveValue('B3');
  await page.keyboard.type('x');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'B3')).toHaveText('x');
});
