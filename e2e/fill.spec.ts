// Filling as spreadsheet users expect: Ctrl+D down, Ctrl+R right, and the fill handle dragged with the
// mouse, each shifting relative references and undone in one step.
import { expect, test } from '@playwright/test';
import { cell, clickRange, formulaBar, openBlankSheet, typeInto } from './helpers';

test.beforeEach(async ({ page }) => openBlankSheet(page));

test('Ctrl+D fills the top row of the selection down it', async ({ page }) => {
  for (const [i, v] of ['1', '2', '3', '4'].entries()) await typeInto(page, `A${i + 1}`, v);
  await typeInto(page, 'B1', '=A1*10 + $A$1');
  await clickRange(page, 'B1', 'B4');
  await page.keyboard.press('Control+D');
  await expect(cell(page, 'B4')).toHaveText('41');
  await expect(cell(page, 'B2')).toHaveText('21');
  await cell(page, 'B4').click();
  await expect(formulaBar(page)).toHaveText('=A4*10 + $A$1');
  // A single cell fills from the one above it.
  await cell(page, 'B5').click();
  await page.keyboard.press('Control+D');
  await expect(cell(page, 'B5')).toHaveText('1');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B5')).toHaveText('');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B2')).toHaveText('');
  await expect(cell(page, 'B4')).toHaveText('');
  await expect(cell(page, 'B1')).toHaveText('11');
});

test('Ctrl+R fills the left column of the selection across it', async ({ page }) => {
  for (const [i, c] of ['A', 'B', 'C', 'D'].entries()) await typeInto(page, `${c}2`, String(i + 1));
  await typeInto(page, 'A1', '=A2*2');
  await clickRange(page, 'A1', 'D1');
  await page.keyboard.press('Control+R');
  await expect(cell(page, 'D1')).toHaveText('8');
  await expect(cell(page, 'B1')).toHaveText('4');
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'D1')).toHaveText('');
  await expect(cell(page, 'A1')).toHaveText('2');
});

test('dragging the fill handle shows the cells it will fill and fills them', async ({ page }) => {
  for (const [i, v] of ['1', '2', '3', '4', '5'].entries()) await typeInto(page, `A${i + 1}`, v);
  await typeInto(page, 'B1', '=A1^2');
  await cell(page, 'B1').click();
  const handle = page.locator('.fill-handle');
  const from = (await handle.boundingBox())!;
  const to = (await cell(page, 'B5').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  const preview = page.locator('.fill-preview');
  await expect(preview).toBeVisible();
  const shown = (await preview.boundingBox())!;
  const b2 = (await cell(page, 'B2').boundingBox())!;
  // The outline covers B2:B5, the cells the drag fills.
  expect(Math.abs(shown.x - b2.x)).toBeLessThan(2);
  expect(Math.abs(shown.y - b2.y)).toBeLessThan(2);
  expect(Math.abs(shown.y + shown.height - (to.y + to.height))).toBeLessThan(2);
  await page.screenshot({ path: 'test-results/fill-handle-drag.png' });
  await page.mouse.up();
  await expect(preview).toHaveCount(0);
  await expect(cell(page, 'B5')).toHaveText('25');
  await expect(cell(page, 'B3')).toHaveText('9');
  await expect(cell(page, 'B5')).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/fill-handle-filled.png' });
  await page.keyboard.press('Control+Z');
  await expect(cell(page, 'B2')).toHaveText('');
  await expect(cell(page, 'B5')).toHaveText('');
});

test('dragging the fill handle right fills across', async ({ page }) => {
  await typeInto(page, 'A1', '3');
  await typeInto(page, 'A2', '=A1+1');
  await cell(page, 'A2').click();
  const from = (await page.locator('.fill-handle').boundingBox())!;
  const to = (await cell(page, 'C2').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(cell(page, 'B2')).toHaveText('1');
  await cell(page, 'C2').click();
  await expect(formulaBar(page)).toHaveText('=C1+1');
});
