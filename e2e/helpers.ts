// Shared steps of the user flows: open the app on a blank sheet, type into cells, read what they show.
import { type Page, expect } from '@playwright/test';

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

/** Imports a workbook through the toolbar's file input, as a user picking a file would. */
export async function importWorkbook(page: Page, name: string, sheets: Record<string, Record<string, string>>): Promise<void> {
  const file = { format: 'gradsheet', version: 1, seed: 0, sheets: Object.entries(sheets).map(([sheet, cells]) => ({ name: sheet, cells })), names: {}, charts: [] };
  await page.getByLabel('Import a workbook file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
}
