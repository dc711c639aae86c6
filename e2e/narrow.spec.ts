// Narrow screens: below 900 px the side panel is a drawer that the toolbar's Panel button opens
// over the grid (Escape closes it and gives the keyboard back); on a phone nothing is cut off.

import { type Locator, type Page, expect, test } from '@playwright/test';
import { cell, openBlankSheet, setTheme, typeInto } from './helpers';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Inspector and charts' });

/** Nothing on the page reaches past the right edge, and the page itself does not scroll sideways. */
async function expectNothingCutOff(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  for (const control of await page.getByRole('toolbar', { name: 'Workbook' }).getByRole('button').all()) {
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, (await control.textContent()) ?? '').toBeLessThanOrEqual(width);
  }
  const grid = (await page.getByRole('grid').boundingBox())!;
  expect(grid.x).toBeLessThanOrEqual(1);
  expect(grid.x + grid.width).toBeGreaterThanOrEqual(width - 1);
  const add = (await page.getByRole('button', { name: 'Add sheet' }).boundingBox())!;
  expect(add.x + add.width).toBeLessThanOrEqual(width);
}

test('at 390×844 the toolbar wraps, the grid fills the width, the panel is a drawer and the tabs scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=linspace(-1, 1, 5, requires_grad=true)');
  await typeInto(page, 'A2', '=sum(A1 ** 2)');
  await cell(page, 'A2').click();
  await expect(panel(page)).toBeHidden();
  await expectNothingCutOff(page, 390);
  await page.screenshot({ path: 'test-results/narrow-390.png' });

  // The drawer: Panel opens it over the grid and takes the keyboard; Escape closes it and returns it.
  const toggle = page.getByRole('button', { name: 'Panel' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByLabel('PyTorch repr')).toContainText('SumBackward0');
  await expect(panel(page)).toBeFocused();
  const drawer = (await panel(page).boundingBox())!;
  expect(drawer.x + drawer.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/narrow-390-drawer.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/narrow-390-drawer-dark.png' });
  await setTheme(page, 'light');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // The Panel button closes it again too; Escape in a chart form closes the form, not the drawer.
  await toggle.click();
  await panel(page).getByRole('button', { name: 'Add chart' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Add chart' })).toBeHidden();
  await expect(panel(page)).toBeVisible();
  await toggle.click();
  await expect(panel(page)).toBeHidden();

  // F6 skips the closed drawer: from the grid it goes on to the sheet tabs.
  await cell(page, 'B3').click();
  await page.keyboard.press('F6');
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();

  // Many sheets: the tabs scroll sideways; Add sheet stays on screen and the last tab can be reached.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Add sheet' }).click();
  const tablist = page.getByRole('tablist', { name: 'Sheets' });
  expect(await tablist.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNothingCutOff(page, 390);
  // The new sheet's tab, selected, is scrolled into view.
  const inView = async (tab: Locator) => {
    const [t, l] = [(await tab.boundingBox())!, (await tablist.boundingBox())!];
    return t.x >= l.x - 1 && t.x + t.width <= l.x + l.width + 1;
  };
  expect(await inView(page.getByRole('tab', { selected: true }))).toBe(true);
  await page.getByRole('tab').first().click();
  const last = page.getByRole('tab').last();
  expect(await inView(last)).toBe(false);
  await last.click();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  const lastBox = (await last.boundingBox())!;
  expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/narrow-390-tabs.png' });
});

test('at 390×844 the dialogs and the Examples menu fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openBlankSheet(page);
  const fits = async (what: string) => {
    const box = (await page.locator(what).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  };
  await page.getByRole('button', { name: /^Examples/ }).click();
  await fits('[role=menu]');
  await page.screenshot({ path: 'test-results/narrow-390-examples.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Workbooks/ }).click();
  await fits('[role=dialog]');
  // A workbook's actions sit below its name, not over it.
  const name = (await page.locator('.book-name').first().boundingBox())!;
  const rename = (await page
    .getByRole('button', { name: /^Rename / })
    .first()
    .boundingBox())!;
  expect(rename.y).toBeGreaterThanOrEqual(name.y + name.height);
  await page.screenshot({ path: 'test-results/narrow-390-workbooks.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Functions' }).click();
  await fits('[role=dialog]');
  await expect(page.getByRole('navigation', { name: 'Function groups' }).getByRole('button').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/narrow-390-functions.png' });
});

test('at 800×900 the side panel is a drawer over the grid', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openBlankSheet(page);
  await typeInto(page, 'A1', '=linspace(-1, 1, 5, requires_grad=true)');
  await cell(page, 'A1').click();
  await expect(panel(page)).toBeHidden();
  await expectNothingCutOff(page, 800);
  await page.screenshot({ path: 'test-results/narrow-800.png' });
  await page.getByRole('button', { name: 'Panel' }).click();
  await expect(panel(page)).toBeVisible();
  const drawer = (await panel(page).boundingBox())!;
  const grid = (await page.getByRole('grid').boundingBox())!;
  // Over the grid's right part, not beside it: the grid keeps its whole width.
  expect(drawer.x).toBeGreaterThan(grid.x);
  expect(drawer.x + drawer.width).toBeLessThanOrEqual(grid.x + grid.width + 1);
  await page.screenshot({ path: 'test-results/narrow-800-drawer.png' });
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Panel' })).toBeFocused();
});
