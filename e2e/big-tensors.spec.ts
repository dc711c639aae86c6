// Big tensors are readable: a tensor cell spills over the cells below and to the right (read-only,
// outlined), a blocked spill says why, and the inspector's element table scrolls through every element.
import { type Page, expect, test } from '@playwright/test';
import { cell, openBlankSheet, setTheme, typeInto } from './helpers';

const spillButton = (page: Page) =>
  page.getByRole('toolbar').or(page.locator('header.toolbar')).getByRole('button', { name: 'Spill', exact: true });

test('a 5×3 tensor spills over the cells below and to the right, outlined and read-only', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'B2', '=reshape(arange(15), 5, 3) / 4');
  await expect(cell(page, 'B2')).toContainText('[[0, 0.25, 0.5], [0.75, 1, 1.25]…]');
  await cell(page, 'B2').click();
  await expect(spillButton(page)).toHaveAttribute('aria-pressed', 'false');
  await spillButton(page).click();
  await expect(spillButton(page)).toHaveAttribute('aria-pressed', 'true');
  // Row by row, as the tensor's rows and columns.
  const shown = async (refs: string[]) => Promise.all(refs.map((r) => cell(page, r).locator('.cell-text').textContent()));
  await expect(cell(page, 'D6')).toHaveText('3.5');
  expect(await shown(['B2', 'C2', 'D2', 'B3', 'C4', 'D6'])).toEqual(['0', '0.25', '0.5', '0.75', '1.75', '3.5']);
  await expect(cell(page, 'E2')).toHaveText('');
  await expect(cell(page, 'B7')).toHaveText('');
  await expect(cell(page, 'C3')).toHaveAttribute('aria-readonly', 'true');

  // The outline covers exactly B2:D6.
  const outline = page.locator('.spill-outline');
  await expect(outline).toBeVisible();
  const box = (await outline.boundingBox())!;
  const b2 = (await cell(page, 'B2').boundingBox())!;
  const d6 = (await cell(page, 'D6').boundingBox())!;
  expect(Math.abs(box.x - b2.x)).toBeLessThan(2);
  expect(Math.abs(box.y - b2.y)).toBeLessThan(2);
  expect(Math.abs(box.x + box.width - (d6.x + d6.width))).toBeLessThan(2);
  expect(Math.abs(box.y + box.height - (d6.y + d6.height))).toBeLessThan(2);

  // A spilled cell: the formula bar shows the anchor's formula greyed, the status line says what it is.
  await cell(page, 'C4').click();
  await expect(page.locator('.spill-source')).toContainText('=reshape(arange(15), 5, 3) / 4');
  await expect(page.locator('.spill-source')).toContainText('spilled from B2');
  await expect(page.getByRole('status').filter({ hasText: 'spill' })).toContainText("C4 is part of B2's spill (read-only)");
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('C4 shows 1.75 from the spill of');
  // The number format of the anchor applies to every spilled element.
  await cell(page, 'B2').click();
  await page.getByRole('button', { name: /^Number format: / }).click();
  await page.getByRole('menuitemradio', { name: 'Number (2 decimals)' }).click();
  await expect(cell(page, 'D6')).toHaveText('3.50');
  await page.screenshot({ path: 'test-results/big-tensors-spill.png' });

  // The toolbar's toggle stops the spill; the inspector's starts it again.
  await spillButton(page).click();
  await expect(cell(page, 'D6')).toHaveText('');
  await expect(outline).toHaveCount(0);
  const inspectorSpill = page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Spill in the sheet' });
  await expect(inspectorSpill).toHaveAttribute('aria-pressed', 'false');
  await inspectorSpill.click();
  await expect(cell(page, 'D6')).toHaveText('3.50');
  await expect(spillButton(page)).toHaveAttribute('aria-pressed', 'true');
  await cell(page, 'C4').click();
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/big-tensors-spill-dark.png' });
});

test('a spill over a filled cell shows the tensor unspilled with a note; clearing the cell lets it spill', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=arange(4) * 10');
  await cell(page, 'A1').click();
  await spillButton(page).click();
  await expect(cell(page, 'A4')).toHaveText('30');
  // Typing into a spilled cell writes that cell, which then blocks the spill, as in Excel.
  await cell(page, 'A3').click();
  await page.keyboard.type('note');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'A3')).toHaveText('note');
  await expect(cell(page, 'A1')).toContainText('[0, 10, 20, 30]');
  await expect(page.locator('.spill-note')).toHaveText('cannot spill: A3 is not empty');
  await expect(page.locator('.spill-note')).toBeVisible();
  await expect(page.locator('.spill-outline.blocked')).toBeVisible();
  await expect(cell(page, 'A4')).toHaveText('');
  await page.screenshot({ path: 'test-results/big-tensors-blocked.png' });
  await cell(page, 'A3').click();
  await page.keyboard.press('Delete');
  await expect(cell(page, 'A4')).toHaveText('30');
  await expect(page.locator('.spill-note')).toHaveCount(0);

  // A tensor of rank 3 cannot spill, and says why.
  await typeInto(page, 'C1', '=zeros(2, 2, 2)');
  await cell(page, 'C1').click();
  await spillButton(page).click();
  await expect(page.locator('.spill-note')).toHaveText('cannot spill: a 3-D tensor has no rows × columns layout (only 1-D and 2-D spill)');
});

test('the inspector table scrolls to the last element of a 10,000-element tensor and shows its index', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=arange(10000) * 0.5');
  await cell(page, 'A1').click();
  const table = page.getByRole('table', { name: 'Elements of A1' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toHaveText('00');
  // The DOM holds only the rows in view, never all 10,000.
  expect(await table.getByRole('row').count()).toBeLessThan(40);
  // Scrolled with the mouse wheel to the end.
  const box = (await table.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 40_000);
  const last = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '9999', exact: true }) });
  await expect(last).toBeVisible();
  await expect(last.getByRole('cell')).toHaveText('4999.5');
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '10001');
  await page.screenshot({ path: 'test-results/big-tensors-elements.png' });
  // Home from the keyboard goes back to the first element.
  await table.focus();
  await page.keyboard.press('Home');
  await expect(table.getByRole('rowheader', { name: '0', exact: true })).toBeVisible();
});

test('a 2-D table and multi-indices for a higher rank; a 2^24-element tensor scrolls without posting it whole', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=reshape(arange(12), 3, 4)');
  await cell(page, 'A1').click();
  const matrix = page.getByRole('table', { name: 'Elements of A1' });
  await expect(matrix.getByRole('row').nth(3).getByRole('cell')).toHaveText(['8', '9', '10', '11']);
  await typeInto(page, 'A2', '=reshape(arange(24), 2, 3, 4)');
  await cell(page, 'A2').click();
  const list = page.getByRole('table', { name: 'Elements of A2' });
  await expect(list.getByRole('rowheader', { name: '(0, 1, 1)' })).toBeVisible();
  await typeInto(page, 'A3', '=zeros(4096, 4096) + 1');
  await cell(page, 'A3').click();
  const big = page.getByRole('table', { name: 'Elements of A3' });
  await big.focus();
  await page.keyboard.press('End');
  await expect(big.getByRole('rowheader', { name: '4095', exact: true })).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: 'test-results/big-tensors-matrix.png' });
});
