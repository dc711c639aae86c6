// Shared steps of the user flows: open the app on a blank sheet, type into cells, read what they show.
import { type Download, type Locator, type Page, expect } from '@playwright/test';

export const cell = (page: Page, ref: string) => page.locator(`[role=gridcell][data-ref="${ref}"]`);

/** Opens the app and adds a fresh sheet, so a test starts from empty cells. */
export async function openBlankSheet(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByRole('button', { name: 'Add sheet' }).click();
  await expect(cell(page, 'A1')).toHaveText('');
}

/** Selects a cell with the Name Box and types its input as a user would, ending with Enter. */
export async function typeInto(page: Page, ref: string, input: string): Promise<void> {
  const box = page.getByLabel('Name Box');
  await box.fill(ref);
  await box.press('Enter');
  await page.keyboard.type(input, { delay: 5 });
  // CodeMirror ignores Enter for a moment after its completion popup opens; Escape closes it first.
  await page.waitForTimeout(100);
  if (await page.locator('.cm-tooltip-autocomplete').count()) await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
}

export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
}

/** A column's header by its letter, a row's by its number, as a user sees them. */
export const colHeader = (page: Page, letter: string) => page.getByRole('columnheader', { name: letter, exact: true });
export const rowHeader = (page: Page, n: number) => page.getByRole('rowheader', { name: String(n), exact: true });

/** Selects a cell or range with the Name Box and hands the keyboard back to the grid. */
export async function selectRef(page: Page, ref: string): Promise<void> {
  const box = page.getByLabel('Name Box');
  await box.fill(ref);
  await box.press('Enter');
}

/** Selects a range with the mouse, as a person does: a click on its first cell and a Shift+click on its last. */
export async function clickRange(page: Page, from: string, to: string): Promise<void> {
  await cell(page, from).click();
  await cell(page, to).click({ modifiers: ['Shift'] });
}

/** Imports a workbook through the toolbar's file input, as a user picking a file would. */
export async function importWorkbook(page: Page, name: string, sheets: Record<string, Record<string, string>>): Promise<void> {
  const file = {
    format: 'gradsheet',
    version: 1,
    seed: 0,
    sheets: Object.entries(sheets).map(([sheet, cells]) => ({ name: sheet, cells })),
    names: {},
    charts: [],
  };
  await page
    .getByLabel('Import a workbook file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
}

/** A chart's canvas as numbers: how many pixels are drawn, and a fingerprint of all of them. */
export async function chartPixels(fig: Locator): Promise<{ drawn: number; print: string }> {
  return fig.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let drawn = 0;
    let h1 = 0;
    let h2 = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0) drawn++;
      h1 = (h1 * 31 + data[i] + data[i + 1] * 7 + data[i + 2] * 13 + data[i + 3] * 17) | 0;
      h2 = (h2 + (data[i + 3] > 0 ? i : 0)) % 1_000_000_007;
    }
    return { drawn, print: `${drawn}:${h1}:${h2}` };
  });
}

export const chartsPanel = (page: Page) => page.getByRole('region', { name: 'Charts' });
export const chartFigure = (page: Page, title: string) =>
  chartsPanel(page).locator('figure', { has: page.locator('figcaption', { hasText: title }) });

/** Adds a chart through the panel's form, as a user fills it in, and returns its figure once shown. */
export async function addChart(page: Page, x: string, y: string, title: string): Promise<Locator> {
  await chartsPanel(page).getByRole('button', { name: 'Add chart' }).click();
  const form = page.getByRole('form', { name: 'Add chart' });
  await form.getByLabel('x cell').fill(x);
  await form.getByLabel('y cells').fill(y);
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  const fig = chartFigure(page, title);
  await expect(fig).toBeVisible();
  return fig;
}

/** Opens the app on whatever it opens (the last workbook, or the first-visit example) and waits for it. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('grid')).toBeVisible();
  // The Workbooks button names the open workbook once one is open ("Workbooks: Untitled").
  await expect(page.getByRole('button', { name: /^Workbooks: .+/ })).toBeVisible();
}

/** A new empty workbook from the Workbooks dialog. */
export async function newWorkbook(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Workbooks/ }).click();
  await page.getByRole('button', { name: 'New workbook' }).click();
  await expect(cell(page, 'A1')).toHaveText('');
}

/** Opens a stored workbook by its name from the Workbooks dialog. */
export async function openWorkbook(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Workbooks/ }).click();
  await page
    .getByRole('dialog', { name: 'Workbooks' })
    .getByRole('button', { name: `Open ${name}`, exact: true })
    .click();
  await expect(page.getByRole('button', { name: `Workbooks: ${name}` })).toBeVisible();
}

/** Chooses an example from the toolbar's Examples menu. */
export async function openExample(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menu', { name: 'Examples' }).getByRole('menuitem', { name: title, exact: true }).click();
}

/** Clicks the middle of a cell at its coordinates on the screen, as a person does (whatever is drawn over it). */
export async function clickCell(page: Page, ref: string): Promise<void> {
  const box = await cell(page, ref).boundingBox();
  if (!box) throw new Error(`cell ${ref} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Presses the mouse on one cell and releases it on another, passing over the cells between. */
export async function dragCells(page: Page, from: string, to: string): Promise<void> {
  const a = await cell(page, from).boundingBox();
  const b = await cell(page, to).boundingBox();
  if (!a || !b) throw new Error(`cells ${from} and ${to} are not both on screen`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
}

/** The editor open in a cell, and the formula bar's editor. */
export const cellEditor = (page: Page) => page.locator('.grid-editor .cm-content');
export const formulaBar = (page: Page) => page.getByRole('textbox', { name: 'Formula bar' });

/** Clicks a cell with the mouse and types its input as a person does, ending with Enter. */
export async function clickAndType(page: Page, ref: string, input: string): Promise<void> {
  await clickCell(page, ref);
  await page.keyboard.type(input, { delay: 5 });
  // CodeMirror ignores Enter for a moment after its completion popup opens; Escape closes it first.
  await page.waitForTimeout(100);
  if (await page.locator('.cm-tooltip-autocomplete').count()) await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
}

/** Export → Workbook file, as a user picks it; resolves with the browser's download. */
export async function exportWorkbookFile(page: Page): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Workbook file' }).click()]);
  return download;
}
