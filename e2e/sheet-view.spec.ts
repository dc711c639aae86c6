// User flows of where a sheet was left: each sheet and each workbook keeps its own scroll position and
// selection; a new sheet, a new workbook and a fresh copy of an example start at A1, scrolled to the top.
import { type Page, expect, test } from '@playwright/test';
import { cell, newWorkbook, openApp, openBlankSheet, openExample, typeInto } from './helpers';

const shot = (name: string) => `${process.env.E2E_SHOTS ?? 'test-results'}/${name}.png`;
const grid = (page: Page) => page.getByRole('grid');
const nameBox = (page: Page) => page.getByLabel('Name Box');
const scrollOf = (page: Page) => grid(page).evaluate((g) => ({ top: Math.round(g.scrollTop), left: Math.round(g.scrollLeft) }));

/** Scrolls the grid with the mouse wheel, as a user does, until it has moved. */
async function wheel(page: Page, dx: number, dy: number): Promise<{ top: number; left: number }> {
  const before = await scrollOf(page);
  const box = (await grid(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(dx, dy);
  await expect.poll(() => scrollOf(page)).not.toEqual(before);
  // Let the last wheel steps land before reading where it stopped.
  await page.waitForTimeout(200);
  return scrollOf(page);
}

async function expectAtStart(page: Page): Promise<void> {
  await expect(nameBox(page)).toHaveValue('A1');
  await expect.poll(() => scrollOf(page)).toEqual({ top: 0, left: 0 });
  await expect(cell(page, 'A1')).toBeInViewport();
}

test('each sheet keeps its scroll position and selection; a new sheet starts at A1', async ({ page }) => {
  await openBlankSheet(page);
  const first = (await page.getByRole('tab', { selected: true }).textContent())!;
  await typeInto(page, 'A1', 'top');
  const left = await wheel(page, 250, 1400);
  expect(left.top).toBeGreaterThan(1000);
  await cell(page, 'D60').click();
  await expect(nameBox(page)).toHaveValue('D60');

  await page.getByRole('button', { name: 'Add sheet' }).click();
  const second = (await page.getByRole('tab', { selected: true }).textContent())!;
  await expectAtStart(page);
  await cell(page, 'B3').click();
  await cell(page, 'C5').click({ modifiers: ['Shift'] });

  await page.getByRole('tab', { name: first, exact: true }).click();
  await expect(nameBox(page)).toHaveValue('D60');
  await expect.poll(() => scrollOf(page)).toEqual(left);
  await expect(cell(page, 'D60')).toBeInViewport();
  await expect(cell(page, 'D60')).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: shot('sheet-view-restored') });

  await page.getByRole('tab', { name: second, exact: true }).click();
  await expect(nameBox(page)).toHaveValue('B3:C5');
  await expect.poll(() => scrollOf(page)).toEqual({ top: 0, left: 0 });
  await expect(cell(page, 'C5')).toHaveAttribute('aria-selected', 'true');

  // Kept through a reload too: it is saved with the workbook.
  await page.getByRole('tab', { name: first, exact: true }).click();
  await page.waitForTimeout(700);
  await page.reload();
  await expect(grid(page)).toBeVisible();
  await expect(nameBox(page)).toHaveValue('D60');
  await expect.poll(() => scrollOf(page)).toEqual(left);
});

test('each workbook keeps where it was left; a new workbook and a fresh example start at A1', async ({ page }) => {
  const gallery = 'exp(2x²·sin x) and its derivative';
  await openApp(page);
  await openExample(page, gallery);
  await expect(page.getByRole('button', { name: `Workbooks: ${gallery}` })).toBeVisible();
  await expectAtStart(page);
  const at = await wheel(page, 0, 900);
  await cell(page, 'B40').click();
  await expect(nameBox(page)).toHaveValue('B40');

  await newWorkbook(page);
  await expectAtStart(page);
  await wheel(page, 0, 500);

  await openExample(page, gallery);
  await expect(page.getByRole('button', { name: `Workbooks: ${gallery}` })).toBeVisible();
  await expect(nameBox(page)).toHaveValue('B40');
  await expect.poll(() => scrollOf(page)).toEqual(at);
  await expect(cell(page, 'B40')).toBeInViewport();

  await page.locator('.notice').getByRole('button', { name: 'Start a fresh copy' }).click();
  await expect(page.getByRole('button', { name: `Workbooks: ${gallery} (2)` })).toBeVisible();
  await expectAtStart(page);
});
