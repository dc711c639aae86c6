// Accessibility of the whole app: axe-core finds no serious or critical violation on the main
// screen, the dialogs and the side panel in both themes; the page's structure (one h1, landmarks, a
// tablist of tabs only, rows and columns numbered while virtualized); and the keyboard, which leaves
// and re-enters every region with F6 and always gets back to where it was with Escape.
// size: every panel's accessibility check in one file, each a short test over the same setup.

import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { cell, openBlankSheet, setTheme, typeInto } from './helpers';

/** Runs axe-core in both themes; fails listing every serious or critical violation, with its elements. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    // WCAG 2.5.3 (label in name) is an experimental rule of axe: the issue asks for it.
    const { violations } = await new AxeBuilder({ page })
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`).join('\n')}`,
      );
    expect(serious.length, `axe on ${screen}, ${theme} theme:\n${serious.join('\n')}`).toBe(0);
  }
  await setTheme(page, 'light');
}

/** The region (toolbar, formula, grid, side, tabs) that holds the keyboard now. */
const focusedRegion = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-region]')?.dataset.region ?? null);

const charts = (page: Page) => page.getByRole('region', { name: 'Charts' });

async function addChart(page: Page): Promise<void> {
  await charts(page).getByRole('button', { name: 'Add chart' }).click();
  const form = page.getByRole('form', { name: 'Add chart' });
  await form.getByLabel('x cell').fill('A1');
  await form.getByLabel('y cells').fill('A2');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(charts(page).locator('figure canvas').first()).toBeVisible();
}

test.describe('axe-core', () => {
  // axe reads every element's colours; on this machine's shared cores that takes a while.
  test.describe.configure({ timeout: 240_000 });

  test('the main screen has no serious or critical violation', async ({ page }) => {
    await openBlankSheet(page);
    await typeInto(page, 'A1', 'Some text');
    await typeInto(page, 'B2', '=sum([1, 2, 3])');
    await expect(cell(page, 'B2')).toHaveText('6');
    await expectNoSeriousViolations(page, 'the main screen');
  });

  test('the Workbooks dialog and the Functions reference have none', async ({ page }) => {
    await openBlankSheet(page);
    await page.getByRole('button', { name: /^Workbooks/ }).click();
    await expect(page.getByRole('dialog', { name: 'Workbooks' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the Workbooks dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Functions' }).click();
    await expect(page.getByRole('dialog', { name: 'Function reference' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the Functions reference');
  });

  test('the side panel, with the inspector of a selected cell and a chart, has none', async ({ page }) => {
    await openBlankSheet(page);
    await typeInto(page, 'A1', '=linspace(-2, 2, 25, requires_grad=true)');
    await typeInto(page, 'A2', '=exp(2 * A1 ** 2 * sin(A1))');
    await expect(cell(page, 'A2').locator('.shape-badge')).toHaveAttribute('data-shape', '25');
    await addChart(page);
    await cell(page, 'A2').click();
    await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('PyTorch repr')).toContainText('ExpBackward0');
    await expectNoSeriousViolations(page, 'the side panel');
  });
});

test('the page has one h1, labelled landmarks and a toolbar, and the tablist holds only tabs', async ({ page }) => {
  await openBlankSheet(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gradsheet');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('toolbar', { name: 'Workbook' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('grid')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector and charts' })).toBeVisible();

  const tablist = page.getByRole('tablist', { name: 'Sheets' });
  const children = tablist.locator(':scope > *');
  await expect(children).toHaveCount(2);
  for (const child of await children.all()) await expect(child).toHaveAttribute('role', 'tab');
  await expect(tablist.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add sheet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete sheet' })).toBeVisible();

  // Visible labels are the accessible names: the Workbooks button says what it is and what is open.
  await expect(page.getByRole('button', { name: /^Workbooks: .+/ })).toBeVisible();
});

test('the arrow keys move along the toolbar and the sheet tabs; Tab skips the hidden file input', async ({ page }) => {
  await openBlankSheet(page);
  const toolbar = page.getByRole('toolbar', { name: 'Workbook' });
  await toolbar.getByRole('button', { name: 'Export' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  // Tab from Import goes to Share: the file input behind Import is no tab stop.
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Share' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Export' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toolbar.getByRole('button', { name: /^Workbooks/ })).toBeFocused();

  // Tabs: only the selected one is a tab stop; Left selects the sheet before it.
  const tabs = page.getByRole('tab');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await tabs.nth(1).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(0)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('End');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(1)).toBeFocused();
});

test('F6 and Shift+F6 cycle toolbar, formula bar, grid, side panel and sheet tabs, and back', async ({ page }) => {
  await openBlankSheet(page);
  await expect(page.getByRole('grid')).toBeFocused();
  const order = ['side', 'tabs', 'toolbar', 'formula', 'grid', 'side'];
  for (const region of order) {
    await page.keyboard.press('F6');
    expect(await focusedRegion(page)).toBe(region);
  }
  for (const region of ['grid', 'formula', 'toolbar', 'tabs', 'side']) {
    await page.keyboard.press('Shift+F6');
    expect(await focusedRegion(page)).toBe(region);
  }
  // Each region gets its natural control: the selected tab, the Name Box, the grid itself.
  await page.keyboard.press('F6');
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();
  await page.keyboard.press('F6');
  await page.keyboard.press('F6');
  await expect(page.getByLabel('Name Box')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('grid')).toBeFocused();

  // The toolbar remembers the control last used there.
  await page.getByRole('button', { name: 'Functions' }).focus();
  await page.keyboard.press('F6');
  expect(await focusedRegion(page)).toBe('formula');
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('button', { name: 'Functions' })).toBeFocused();

  // F6 leaves the cell editor too, keeping what was typed, as a click elsewhere does.
  await cell(page, 'C3').click();
  await page.keyboard.type('12');
  await page.keyboard.press('F6');
  expect(await focusedRegion(page)).toBe('side');
  await expect(cell(page, 'C3')).toHaveText('12');

  // A modal dialog keeps the keyboard: F6 stays inside it.
  await page.getByRole('button', { name: 'Functions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Function reference' });
  await page.keyboard.press('F6');
  await expect(dialog.getByLabel('Search functions')).toBeFocused();
});

/** Focus is inside `container` now. */
const focusIsIn = (container: Locator) => container.evaluate((el) => el.contains(document.activeElement));

// size: one user flow, step by step, as a person does it.
test('Escape in every dialog and form gives the keyboard back to where it was', async ({ page }) => {
  await openBlankSheet(page);

  // Workbooks: Tab stays inside while it is open; Escape returns to its button.
  const books = page.getByRole('button', { name: /^Workbooks/ });
  await books.click();
  const dialog = page.getByRole('dialog', { name: 'Workbooks' });
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsIn(dialog)).toBe(true);
  }
  // Escape in its rename field ends the rename, not the dialog, and returns to Rename.
  const rename = dialog.getByRole('button', { name: /^Rename / }).first();
  await rename.click();
  await expect(dialog.getByLabel(/^New name for /)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(rename).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(books).toBeFocused();

  // The Functions reference.
  const functions = page.getByRole('button', { name: 'Functions' });
  await functions.click();
  await expect(page.getByLabel('Search functions')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(functions).toBeFocused();

  // The Share dialog.
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  await expect(page.getByRole('dialog', { name: 'Share link' }).getByLabel('Link')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Share link' })).toBeHidden();
  await expect(share).toBeFocused();

  // The chart form: Tab walks out of it (no trap), Escape cancels it and returns to Add chart.
  const add = charts(page).getByRole('button', { name: 'Add chart' });
  await add.click();
  const form = page.getByRole('form', { name: 'Add chart' });
  await expect(form.getByLabel('x cell')).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  expect(await focusIsIn(form)).toBe(false);
  await form.getByLabel('y cells').focus();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(add).toBeFocused();

  // The slider form of a number cell: Escape closes it and returns to the Slider button.
  await typeInto(page, 'B1', '0.5');
  await cell(page, 'B1').click();
  const slider = charts(page).getByRole('button', { name: 'Slider' });
  await slider.click();
  await page.getByLabel('max').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Slider for B1' })).toBeHidden();
  await expect(slider).toBeFocused();

  // The rename field of a sheet tab: Escape gives the keyboard back to the tab; Enter too, renamed.
  const tab = page.getByRole('tab', { selected: true });
  await tab.dblclick();
  await expect(page.getByLabel(/^Rename sheet /)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tab).toBeFocused();
  await page.keyboard.press('F2');
  await page.keyboard.type('Data');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Data' })).toBeFocused();

  // The editors: Tab commits and the keyboard is in the grid again; Escape cancels, back in the grid.
  await cell(page, 'A5').click();
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'A5')).toHaveText('5');
  await expect(page.getByRole('grid')).toBeFocused();
  await page.getByLabel('Formula bar').click();
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'B5')).toHaveText('7');
  await expect(page.getByRole('grid')).toBeFocused();
  await page.getByLabel('Formula bar').click();
  await page.keyboard.type('99');
  // Autocomplete is still deciding for a moment after typing, and the first Escape would go to it.
  await page.waitForTimeout(300);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('grid')).toBeFocused();
  await expect(page.getByLabel('Formula bar')).not.toContainText('99');
});

test('aria-rowindex and aria-colindex stay right after scrolling far down and to the right', async ({ page }) => {
  await openBlankSheet(page);
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', '10001');
  await expect(grid).toHaveAttribute('aria-colcount', '101');
  const box = (await grid.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 5000);
  await page.mouse.wheel(2000, 0);
  // Far down: the row headers read thousands, and every row is numbered from the header row (1).
  await expect.poll(async () => Number(await page.getByRole('rowheader').first().textContent())).toBeGreaterThan(1000);
  await expect.poll(async () => page.getByRole('columnheader').nth(1).textContent()).not.toBe('A');
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('[role=grid] [role=row]')].map((row) => ({
      index: Number(row.getAttribute('aria-rowindex')),
      header: row.querySelector('[role=rowheader]')?.textContent ?? null,
      cells: [...row.querySelectorAll<HTMLElement>('[role=gridcell]')].map((c) => ({
        ref: c.dataset.ref!,
        col: Number(c.getAttribute('aria-colindex')),
      })),
      heads: [...row.querySelectorAll('[role=columnheader]')].map((c) => ({
        name: c.textContent,
        col: Number(c.getAttribute('aria-colindex')),
      })),
    })),
  );
  const [head, ...data] = rows;
  expect(head.index).toBe(1);
  expect(head.heads[0].col).toBe(1);
  expect(head.heads.length).toBeGreaterThan(3);
  const colOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  // The columns are scrolled too, so the first shown is not A.
  expect(head.heads[1].name).not.toBe('A');
  for (const h of head.heads.slice(1)) expect(h.col).toBe(colOf(h.name) + 1);
  expect(data.length).toBeGreaterThan(10);
  for (const row of data) {
    expect(row.index).toBe(Number(row.header) + 1);
    for (const c of row.cells) {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
      expect(Number(digits)).toBe(Number(row.header));
      expect(c.col).toBe(colOf(letters) + 1);
    }
  }
  await page.screenshot({ path: 'test-results/a11y-scrolled-far.png' });
});

test('the normal screen in both themes', async ({ page }) => {
  await openBlankSheet(page);
  await typeInto(page, 'A1', 'Some text that runs on');
  await typeInto(page, 'A2', '=linspace(0, 1, 5, requires_grad=true)');
  await cell(page, 'A2').click();
  await setTheme(page, 'light');
  await page.screenshot({ path: 'test-results/a11y-1400-light.png' });
  await setTheme(page, 'dark');
  await page.screenshot({ path: 'test-results/a11y-1400-dark.png' });
  // Wide enough for the panel beside the grid: no Panel button.
  await expect(page.getByRole('button', { name: 'Panel' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inspector and charts' })).toBeVisible();
});
