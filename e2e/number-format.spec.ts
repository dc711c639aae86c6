// Numbers show as Excel's General does, and cells keep a number format chosen from the toolbar,
// across a reload and in an exported file.
import { type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cell, openBlankSheet, setTheme, typeInto, exportWorkbookFile } from './helpers';

const formatButton = (page: Page) => page.getByRole('button', { name: /^Number format: / });

async function chooseFormat(page: Page, name: string): Promise<void> {
  await formatButton(page).click();
  await page.getByRole('menuitemradio', { name }).click();
}

test('General shows up to 11 significant digits, never padded', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '1234567.891');
  await typeInto(page, 'A2', '123456789.5');
  await typeInto(page, 'A3', '=0.1 + 0.2');
  await typeInto(page, 'A4', '=1 / 3');
  await typeInto(page, 'A5', '=2 ** 40');
  await typeInto(page, 'A6', '=[1e-10, 2.5]');
  await expect(cell(page, 'A1')).toHaveText('1234567.891');
  await expect(cell(page, 'A2')).toHaveText('123456789.5');
  await expect(cell(page, 'A3')).toHaveText('0.3');
  await expect(cell(page, 'A4')).toHaveText('0.33333333333');
  await expect(cell(page, 'A5')).toHaveText('1.0995116278E+12');
  await expect(cell(page, 'A6')).toHaveText('[1E-10, 2.5]');
  await page.screenshot({ path: 'test-results/number-format-general.png' });
});

test('percent, fixed decimals, thousands and scientific from the toolbar, on the selection', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '0.25');
  await typeInto(page, 'B1', '1234567.891');
  await typeInto(page, 'B2', '=[0.5, 1500]');

  await cell(page, 'A1').click();
  await expect(formatButton(page)).toHaveText(/General/);
  await chooseFormat(page, 'Percent');
  await expect(cell(page, 'A1')).toHaveText('25.00%');
  await expect(formatButton(page)).toHaveAccessibleName('Number format: Percent');
  await page.getByRole('button', { name: 'Increase decimals' }).click();
  await expect(cell(page, 'A1')).toHaveText('25.000%');
  await page.getByRole('button', { name: 'Decrease decimals' }).click();
  await page.getByRole('button', { name: 'Decrease decimals' }).click();
  await expect(cell(page, 'A1')).toHaveText('25.0%');

  // A drag selects B1:B2; the format applies to both cells and to every element of B2's tensor.
  const from = await cell(page, 'B1').boundingBox();
  const to = await cell(page, 'B2').boundingBox();
  await page.mouse.move(from!.x + 20, from!.y + 10);
  await page.mouse.down();
  await page.mouse.move(to!.x + 20, to!.y + 10, { steps: 4 });
  await page.mouse.up();
  await chooseFormat(page, 'Thousands (1,234.56)');
  await expect(cell(page, 'B1')).toHaveText('1,234,567.89');
  await expect(cell(page, 'B2')).toContainText('[0.50, 1,500.00]');
  await chooseFormat(page, 'Number (2 decimals)');
  await expect(cell(page, 'B1')).toHaveText('1234567.89');
  await page.getByRole('button', { name: 'Decrease decimals' }).click();
  await expect(cell(page, 'B1')).toHaveText('1234567.9');

  // The keyboard works the menu too: ArrowDown opens it on the checked item, Escape closes it.
  await formatButton(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Number (2 decimals)' })).toBeFocused();
  await expect(page.getByRole('menuitemradio', { name: 'Number (2 decimals)' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(formatButton(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'B1')).toHaveText('1.23E+06');
  await expect(cell(page, 'B2')).toContainText('[5.00E-01, 1.50E+03]');
  await page.screenshot({ path: 'test-results/number-format-toolbar.png' });
  await formatButton(page).click();
  await page.screenshot({ path: 'test-results/number-format-menu.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/number-format-menu-dark.png' });
  await setTheme(page, 'light');
  await page.keyboard.press('Escape');

  // Undo takes the format back; the value never changed.
  await cell(page, 'B1').click();
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'B1')).toHaveText('1234567.9');
  await chooseFormat(page, 'General');
  await expect(cell(page, 'B1')).toHaveText('1234567.891');
});

test('a number format is kept across a reload and in an exported file', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '0.25');
  await cell(page, 'A1').click();
  await chooseFormat(page, 'Percent');
  await expect(cell(page, 'A1')).toHaveText('25.00%');
  await page.waitForTimeout(700); // autosave
  await page.reload();
  await expect(cell(page, 'A1')).toHaveText('25.00%');
  const download = await exportWorkbookFile(page);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const sheet = file.sheets.find(
    (s: { cells: Record<string, unknown> }) => s.cells.A1 !== undefined && JSON.stringify(s.cells.A1).includes('0.25'),
  );
  expect(sheet.cells.A1).toEqual({ input: '0.25', format: { number: 'percent', decimals: 2 } });
});

test("the cell's context menu sets a number format on the selection, as the toolbar does", async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'B2', '0.25');
  await typeInto(page, 'B3', '1234.5');
  await cell(page, 'B2').click();
  await cell(page, 'B3').click({ modifiers: ['Shift'] });
  await cell(page, 'B3').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Number format' }).click();
  await page.getByRole('menuitem', { name: 'Percent' }).click();
  await expect(cell(page, 'B2')).toHaveText('25.00%');
  await expect(cell(page, 'B3')).toHaveText('123450.00%');
  await expect(formatButton(page)).toHaveAccessibleName('Number format: Percent');
});
