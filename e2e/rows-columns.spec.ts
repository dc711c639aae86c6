// Rows and columns as a spreadsheet user works them: header menus that insert and delete (references follow,
// deleted ones become #REF!, undo restores), column widths by drag and double-click kept across a reload,
// selecting by the headers and the keyboard, jumping over data, and the cell context menu.
// size: the row and column flows share one setup, each a short test.
import { type Page, expect, test } from '@playwright/test';
import { cell, colHeader, formulaBar, openBlankSheet, rowHeader, selectRef, setTheme, typeInto } from './helpers';

test.beforeEach(async ({ page }) => openBlankSheet(page));

const nameBox = (page: Page) => page.getByLabel('Name Box');
const menu = (page: Page) => page.getByRole('menu');

/** Drags a column header's right border by `dx` pixels with the mouse, in a few steps. */
async function dragBorder(page: Page, letter: string, dx: number): Promise<void> {
  const h = (await colHeader(page, letter).boundingBox())!;
  const x = h.x + h.width - 1;
  await page.mouse.move(x, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, h.y + h.height / 2, { steps: 4 });
  await page.mouse.move(x + dx, h.y + h.height / 2, { steps: 4 });
  await page.mouse.up();
}

async function rightClick(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
}

test('a row header menu inserts a row above: cells move down and formulas follow; undo restores', async ({ page }) => {
  await typeInto(page, 'A1', '1');
  await typeInto(page, 'A2', '2');
  await typeInto(page, 'A3', '=A1 + A2');
  await typeInto(page, 'B1', '=A2 * 10');
  await expect(cell(page, 'A3')).toHaveText('3');
  // A name and a slider on A2 follow it too.
  await selectRef(page, 'A2');
  await nameBox(page).fill('row_two');
  await nameBox(page).press('Enter');
  await cell(page, 'A2').click();
  await page.getByRole('region', { name: 'Charts' }).getByRole('button', { name: 'Slider' }).click();
  await page.getByRole('form', { name: 'Slider for A2' }).getByRole('button', { name: 'Show as slider' }).click();
  await expect(page.getByRole('slider', { name: 'Slider A2' })).toBeVisible();
  await rightClick(page, rowHeader(page, 2));
  await expect(menu(page)).toBeVisible();
  await expect(rowHeader(page, 2)).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/rows-row-menu.png' });
  await menu(page).getByRole('menuitem', { name: 'Insert row above' }).click();
  await expect(menu(page)).toHaveCount(0);
  await expect(cell(page, 'A2')).toHaveText('');
  await expect(page.getByRole('slider', { name: 'Slider A3' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Slider A2' })).toHaveCount(0);
  await expect(cell(page, 'A4')).toHaveText('3');
  await expect(cell(page, 'B1')).toHaveText('20');
  await typeInto(page, 'C1', '=row_two * 100');
  await expect(cell(page, 'C1')).toHaveText('200');
  await page.keyboard.press('Control+Z');
  await selectRef(page, 'A4');
  await expect(formulaBar(page)).toHaveText('=A1 + A3');
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('slider', { name: 'Slider A2' })).toBeVisible();
  await expect(cell(page, 'A3')).toHaveText('3');
  await expect(cell(page, 'A4')).toHaveText('');
  await selectRef(page, 'B1');
  await expect(formulaBar(page)).toHaveText('=A2 * 10');
});

test('deleting a row turns a reference to it into #REF!, and undo brings it back', async ({ page }) => {
  await typeInto(page, 'A1', '5');
  await typeInto(page, 'A2', '7');
  await typeInto(page, 'B1', '=A2 + 1');
  await typeInto(page, 'B3', '=A1 * 2');
  await rightClick(page, rowHeader(page, 2));
  await menu(page).getByRole('menuitem', { name: 'Delete row' }).click();
  await expect(cell(page, 'B1')).toHaveText('#REF!');
  await expect(cell(page, 'B2')).toHaveText('10');
  await expect(cell(page, 'A2')).toHaveText('');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B1')).toHaveText('8');
  await expect(cell(page, 'A2')).toHaveText('7');
});

test('column headers insert and delete columns; the shortcuts act on selected rows and columns', async ({ page }) => {
  await typeInto(page, 'A1', '4');
  await typeInto(page, 'B1', '=A1 * 3');
  await rightClick(page, colHeader(page, 'A'));
  await menu(page).getByRole('menuitem', { name: 'Insert column right' }).click();
  await expect(cell(page, 'C1')).toHaveText('12');
  await expect(cell(page, 'B1')).toHaveText('');
  // Two whole columns selected by a header click and a Shift+click: the menu words it and acts on both.
  await colHeader(page, 'A').click();
  await colHeader(page, 'B').click({ modifiers: ['Shift'] });
  await rightClick(page, colHeader(page, 'B'));
  await expect(menu(page).getByRole('menuitem')).toHaveText([/^Insert 2 columns left/, 'Insert 2 columns right', /^Delete 2 columns/]);
  await expect(menu(page).getByRole('menuitem').first()).toHaveAccessibleName('Insert 2 columns left');
  await expect(menu(page).getByRole('menuitem').first()).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+=');
  await page.keyboard.press('Escape');
  // Ctrl+- deletes the selected columns, Ctrl+Shift+= inserts.
  await page.keyboard.press('Control+-');
  await expect(cell(page, 'A1')).toHaveText('#REF!');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'C1')).toHaveText('12');
  await selectRef(page, 'A1');
  await page.keyboard.press('Shift+Space');
  await page.keyboard.press('Control+Shift+=');
  await expect(cell(page, 'A2')).toHaveText('4');
  await expect(cell(page, 'C2')).toHaveText('12');
  await page.keyboard.press('Control+-');
  await expect(cell(page, 'A1')).toHaveText('4');
  // Shift+F10 on whole rows opens the row header's menu, by keyboard to the end.
  await typeInto(page, 'A2', '=A1 + 1');
  await selectRef(page, 'B1');
  await page.keyboard.press('Shift+Space');
  await page.keyboard.press('Shift+F10');
  await expect(menu(page)).toHaveAccessibleName('Row actions');
  await page.keyboard.press('ArrowDown');
  await expect(menu(page).getByRole('menuitem', { name: 'Insert row below' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A2')).toHaveText('');
  await expect(cell(page, 'A3')).toHaveText('5');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'A2')).toHaveText('5');
  await expect(cell(page, 'C1')).toHaveText('12');
});

test('a column resizes by dragging its header border and fits its content on double-click, across a reload', async ({ page }) => {
  await typeInto(page, 'B1', 'a label long enough to be clipped in a column');
  await typeInto(page, 'B2', '1');
  await typeInto(page, 'C1', 'x');
  const b = colHeader(page, 'B');
  const start = (await b.boundingBox())!;
  const edge = start.x + start.width;
  await dragBorder(page, 'B', 80);
  await expect.poll(async () => (await b.boundingBox())!.width).toBe(start.width + 80);
  // Cells and the next column follow the new width.
  expect((await cell(page, 'B2').boundingBox())!.width).toBe(start.width + 80);
  expect((await colHeader(page, 'C').boundingBox())!.x).toBe(edge + 80);
  await page.screenshot({ path: 'test-results/rows-resized.png' });
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await b.boundingBox())!.width).toBe(start.width);

  // Double-click the border: the column fits its longest text.
  await page.mouse.dblclick(edge - 1, start.y + start.height / 2);
  await expect.poll(async () => (await b.boundingBox())!.width).toBeGreaterThan(start.width + 100);
  const text = cell(page, 'B1').locator('.cell-text');
  await selectRef(page, 'D5'); // B1 unselected: its text would otherwise run on
  expect(await text.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const fitted = (await b.boundingBox())!.width;
  await page.screenshot({ path: 'test-results/rows-autofit.png' });

  await page.waitForTimeout(700); // autosave
  await page.reload();
  await expect.poll(async () => (await colHeader(page, 'B').boundingBox())!.width).toBe(fitted);
  // The selection's fill handle sits at its corner in the wider column.
  await selectRef(page, 'B1:B2');
  const handle = (await page.locator('.fill-handle').boundingBox())!;
  const b2 = (await cell(page, 'B2').boundingBox())!;
  expect(Math.abs(handle.x + handle.width / 2 - (b2.x + b2.width))).toBeLessThanOrEqual(2);

  // An empty column goes back to the default width.
  const d = (await colHeader(page, 'D').boundingBox())!;
  await dragBorder(page, 'D', 60);
  await expect.poll(async () => (await colHeader(page, 'D').boundingBox())!.width).toBe(d.width + 60);
  await page.mouse.dblclick(d.x + d.width + 59, d.y + 5);
  await expect.poll(async () => (await colHeader(page, 'D').boundingBox())!.width).toBe(d.width);
});

test('header clicks, drags, Shift+Space and Ctrl+Space select whole rows and columns', async ({ page }) => {
  await colHeader(page, 'C').click();
  await expect(nameBox(page)).toHaveValue('C1:C10000');
  await expect(colHeader(page, 'C')).toHaveAttribute('aria-selected', 'true');
  await expect(cell(page, 'C5')).toHaveAttribute('aria-selected', 'true');
  await expect(cell(page, 'D5')).toHaveAttribute('aria-selected', 'false');
  await colHeader(page, 'E').click({ modifiers: ['Shift'] });
  await expect(nameBox(page)).toHaveValue('C1:E10000');
  await expect(colHeader(page, 'D')).toHaveAttribute('aria-selected', 'true');
  // Shift+click on a cell then extends from the active cell at the top of E.
  await cell(page, 'G3').click({ modifiers: ['Shift'] });
  await expect(nameBox(page)).toHaveValue('E1:G3');
  // A drag down the row headers.
  const r2 = (await rowHeader(page, 2).boundingBox())!;
  const r5 = (await rowHeader(page, 5).boundingBox())!;
  await page.mouse.move(r2.x + 10, r2.y + 5);
  await page.mouse.down();
  await page.mouse.move(r5.x + 10, r5.y + 5, { steps: 5 });
  await page.mouse.up();
  await expect(nameBox(page)).toHaveValue('A2:CV5');
  await expect(rowHeader(page, 4)).toHaveAttribute('aria-selected', 'true');
  await expect(rowHeader(page, 6)).toHaveAttribute('aria-selected', 'false');
  await expect(colHeader(page, 'C')).toHaveAttribute('aria-selected', 'false');
  await page.screenshot({ path: 'test-results/rows-selected.png' });
  await selectRef(page, 'B3:C4');
  await page.keyboard.press('Shift+Space');
  await expect(nameBox(page)).toHaveValue('A3:CV4');
  await selectRef(page, 'B3:C4');
  await page.keyboard.press('Control+Space');
  await expect(nameBox(page)).toHaveValue('B1:C10000');
  await page.keyboard.press('Control+A');
  await expect(nameBox(page)).toHaveValue('A1:CV10000');
});

test('Ctrl+Arrow jumps to the edge of the data, Ctrl+Shift+Arrow extends, Ctrl+End and Ctrl+Home', async ({ page }) => {
  for (const r of [1, 2, 3, 4]) await typeInto(page, `A${r}`, String(r));
  await typeInto(page, 'A9', '9');
  await typeInto(page, 'C6', 'last column');
  await selectRef(page, 'A1');
  await page.keyboard.press('Control+ArrowDown');
  await expect(nameBox(page)).toHaveValue('A4');
  await page.keyboard.press('Control+ArrowDown');
  await expect(nameBox(page)).toHaveValue('A9');
  await page.keyboard.press('Control+ArrowDown');
  await expect(nameBox(page)).toHaveValue('A10000');
  await expect(cell(page, 'A10000')).toBeInViewport();
  await page.keyboard.press('Control+ArrowUp');
  await expect(nameBox(page)).toHaveValue('A9');
  await page.keyboard.press('Control+ArrowRight');
  await expect(nameBox(page)).toHaveValue('CV9');
  await page.keyboard.press('Control+Home');
  await expect(nameBox(page)).toHaveValue('A1');
  await page.keyboard.press('Control+Shift+ArrowDown');
  await expect(nameBox(page)).toHaveValue('A1:A4');
  await page.keyboard.press('Control+End');
  await expect(nameBox(page)).toHaveValue('C9');
});

test('the cell context menu opens by right-click and Shift+F10, works by keyboard, and Escape gives focus back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await typeInto(page, 'A1', '=2 + 3');
  await typeInto(page, 'A2', 'two');
  await rightClick(page, cell(page, 'A1'));
  await expect(nameBox(page)).toHaveValue('A1');
  await expect(menu(page).getByRole('menuitem')).toHaveText([
    /^Cut/,
    /^Copy/,
    /^Paste/,
    /^Paste values/,
    'Insert row above',
    'Insert column left',
    'Delete row',
    'Delete column',
    /^Clear/,
    /^Number format/,
  ]);
  await expect(menu(page).getByRole('menuitem').first()).toBeFocused();
  await page.screenshot({ path: 'test-results/rows-cell-menu.png' });
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(page.getByRole('grid')).toBeFocused();

  // By keyboard: Shift+F10, down to Copy, Enter; then paste at B1 from the menu.
  await selectRef(page, 'A1:A2');
  await page.keyboard.press('Shift+F10');
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(menu(page).getByRole('menuitem', { name: /^Copy/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveCount(0);
  await expect(page.getByRole('grid')).toBeFocused();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('=2 + 3\ttwo'.replace('\t', '\n'));
  await selectRef(page, 'B1');
  await page.keyboard.press('ContextMenu');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'B1')).toHaveText('5');
  await expect(cell(page, 'B2')).toHaveText('two');
  await selectRef(page, 'B1');
  await expect(formulaBar(page)).toHaveText('=2 + 3');
  // Paste values writes what the cells show, not their formulas.
  await selectRef(page, 'C1');
  await rightClick(page, cell(page, 'C1'));
  await menu(page).getByRole('menuitem', { name: 'Paste values' }).click();
  await expect(cell(page, 'C1')).toHaveText('5');
  await selectRef(page, 'C1');
  await expect(formulaBar(page)).toHaveText('5');
  // Cut from the menu moves the cell where it is pasted.
  await rightClick(page, cell(page, 'A2'));
  await menu(page).getByRole('menuitem', { name: 'Cut' }).click();
  await rightClick(page, cell(page, 'D4'));
  await menu(page).getByRole('menuitem', { name: 'Paste', exact: true }).click();
  await expect(cell(page, 'D4')).toHaveText('two');
  await expect(cell(page, 'A2')).toHaveText('');
  // Clear from the menu, chosen with the arrow keys from the end.
  await selectRef(page, 'B1:B2');
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await expect(menu(page).getByRole('menuitem', { name: /^Number format/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu(page).getByRole('menuitem', { name: /^Clear/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, 'B1')).toHaveText('');
  await expect(cell(page, 'B2')).toHaveText('');
});

test('a context menu opened near the corner stays inside the viewport', async ({ page }) => {
  await setTheme(page, 'dark');
  const grid = (await page.getByRole('grid').boundingBox())!;
  await page.mouse.click(grid.x + grid.width - 20, grid.y + grid.height - 10, { button: 'right' });
  const box = (await menu(page).boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.screenshot({ path: 'test-results/rows-menu-dark.png' });
});
