// Find and replace: Ctrl+F finds text in inputs and shown values across sheets and goes to each match;
// Ctrl+H replaces in inputs, one match or all of them as one undo step.
import { type Page, expect, test } from '@playwright/test';
import { cell, clickCell, openBlankSheet, setTheme, typeInto } from './helpers';

test.beforeEach(async ({ page }) => openBlankSheet(page));

const bar = (page: Page) => page.getByRole('search', { name: 'Find and replace' });
const status = (page: Page) => bar(page).getByRole('status');
const nameBox = (page: Page) => page.getByLabel('Name Box');
const activeTab = (page: Page) => page.getByRole('tab', { selected: true });

async function expectInGrid(page: Page, ref: string) {
  const grid = (await page.getByRole('grid').boundingBox())!;
  const box = (await cell(page, ref).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(grid.y + 26);
  expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
}

test('Ctrl+F finds inputs and shown values across sheets; Enter and Shift+Enter step; Escape returns to the grid', async ({ page }) => {
  const first = (await activeTab(page).textContent())!;
  await typeInto(page, 'B3', 'Zebra one');
  await typeInto(page, 'A5', '=1234.5 * 2');
  await page.getByRole('button', { name: 'Add sheet' }).click();
  const second = (await activeTab(page).textContent())!;
  await typeInto(page, 'D40', 'zebra two');
  await page.getByRole('tab', { name: first }).click();
  await clickCell(page, 'A1');

  await page.keyboard.press('Control+F');
  const find = bar(page).getByLabel('Find', { exact: true });
  await expect(find).toBeFocused();
  await page.keyboard.type('zebra');
  await expect(status(page)).toHaveText('1 of 2');
  await expect(nameBox(page)).toHaveValue('B3');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: `test-results/find-bar-${theme}.png` });
  }
  await setTheme(page, 'light');

  await page.keyboard.press('Enter');
  await expect(activeTab(page)).toHaveText(second);
  await expect(nameBox(page)).toHaveValue('D40');
  await expect(status(page)).toHaveText('2 of 2');
  await expectInGrid(page, 'D40');
  await page.keyboard.press('Enter');
  await expect(activeTab(page)).toHaveText(first);
  await expect(nameBox(page)).toHaveValue('B3');
  await page.keyboard.press('Shift+Enter');
  await expect(nameBox(page)).toHaveValue('D40');

  // A shown value: the formula's input does not hold 2469, its value does.
  await find.fill('2469');
  await expect(status(page)).toHaveText('1 of 1');
  await expect(activeTab(page)).toHaveText(first);
  await expect(nameBox(page)).toHaveValue('A5');
  await find.fill('no such text');
  await expect(status(page)).toHaveText('No matches');

  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await expect(page.getByRole('grid')).toBeFocused();
});

test('Ctrl+H replaces the current match, then all the rest in one undo step', async ({ page }) => {
  const first = (await activeTab(page).textContent())!;
  await typeInto(page, 'A1', 'cat');
  await typeInto(page, 'A2', 'Cat and cat');
  await page.getByRole('button', { name: 'Add sheet' }).click();
  const second = (await activeTab(page).textContent())!;
  await typeInto(page, 'B2', 'concat');
  await page.getByRole('tab', { name: first }).click();
  // A search starts at the selected cell.
  await clickCell(page, 'A1');

  await page.keyboard.press('Control+H');
  await page.keyboard.type('cat');
  await expect(status(page)).toHaveText('1 of 3');
  await bar(page).getByLabel('Replace with').fill('dog');
  await page.screenshot({ path: 'test-results/find-replace.png' });
  await bar(page).getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(cell(page, 'A1')).toHaveText('dog');
  await expect(cell(page, 'A2')).toHaveText('Cat and cat');
  await expect(status(page)).toHaveText('1 of 2');
  await expect(nameBox(page)).toHaveValue('A2');

  await bar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(status(page)).toHaveText('Replaced in 2 cells');
  await expect(cell(page, 'A2')).toHaveText('dog and dog');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: second }).click();
  await expect(cell(page, 'B2')).toHaveText('condog');

  // One undo takes back the whole replace all, on both sheets; the single replace stays.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cell(page, 'B2')).toHaveText('concat');
  await page.getByRole('tab', { name: first }).click();
  await expect(cell(page, 'A2')).toHaveText('Cat and cat');
  await expect(cell(page, 'A1')).toHaveText('dog');
});
