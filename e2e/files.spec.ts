// User flows of files and names: an exported file is named after the workbook and carries its name,
// import and share links open under it, opening an example again opens the copy you have, and a
// notice about one workbook goes when you switch to another.
import { type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cell, newWorkbook, openApp, openExample, openWorkbook, typeInto, exportWorkbookFile } from './helpers';

const shot = (name: string) => `${process.env.E2E_SHOTS ?? 'test-results'}/${name}.png`;
const savedSoon = (page: Page) => page.waitForTimeout(700);
const title = (page: Page) => page.getByRole('button', { name: /^Workbooks: / });
const notice = (page: Page) => page.locator('.notice');

async function renameOpenWorkbook(page: Page, from: string, to: string): Promise<void> {
  await title(page).click();
  const dialog = page.getByRole('dialog', { name: 'Workbooks' });
  await dialog.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
  const input = dialog.getByLabel(`New name for ${from}`);
  await input.fill(to);
  await input.press('Enter');
  await expect(dialog.getByRole('button', { name: `Open ${to}`, exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(title(page)).toHaveAccessibleName(`Workbooks: ${to}`);
}

test('export names the file after the workbook and writes the name inside; import and a share link open under it', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await newWorkbook(page);
  await typeInto(page, 'A1', '=sum(arange(4))');
  await renameOpenWorkbook(page, 'Untitled', 'Loss: a/b landscape');
  await savedSoon(page);

  const download = await exportWorkbookFile(page);
  expect(download.suggestedFilename()).toBe('Loss- a-b landscape.gradsheet.json');
  const path = await download.path();
  expect(JSON.parse(readFileSync(path, 'utf8')).name).toBe('Loss: a/b landscape');

  await page.getByRole('button', { name: 'Share' }).click();
  const url = await page.getByLabel('Link', { exact: true }).inputValue();
  await page.keyboard.press('Escape');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  // The browser may have renamed the download; the name inside the file wins.
  await other
    .getByLabel('Import a workbook file')
    .setInputFiles({ name: 'download (3).json', mimeType: 'application/json', buffer: readFileSync(path) });
  await expect(cell(other, 'A1')).toHaveText('6');
  await expect(title(other)).toHaveAccessibleName('Workbooks: Loss: a/b landscape');
  await expect(other.getByRole('status').filter({ hasText: 'Imported “Loss: a/b landscape” as a new workbook.' })).toBeVisible();
  await other.screenshot({ path: shot('files-imported') });
  await fresh.close();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(url);
  await expect(cell(visitor, 'A1')).toHaveText('6');
  await expect(title(visitor)).toHaveAccessibleName('Workbooks: Loss: a/b landscape');
  await visitorContext.close();
});

test('opening an example you already have opens that copy, with an offer of a fresh one', async ({ page }) => {
  const gallery = 'exp(2x²·sin x) and its derivative';
  await openApp(page);
  await openExample(page, gallery);
  await expect(title(page)).toHaveAccessibleName(`Workbooks: ${gallery}`);
  await typeInto(page, 'A2', '1.5');
  await savedSoon(page);
  await newWorkbook(page);

  await openExample(page, gallery);
  await expect(title(page)).toHaveAccessibleName(`Workbooks: ${gallery}`);
  await expect(cell(page, 'A2')).toContainText('1.5');
  await expect(notice(page)).toContainText(`Opened your copy of “${gallery}” as you left it.`);
  await page.screenshot({ path: shot('files-example-copy') });
  await title(page).click();
  await expect(page.getByRole('dialog', { name: 'Workbooks' }).getByRole('button', { name: new RegExp(`^Open exp\\(2x`) })).toHaveCount(1);
  await page.keyboard.press('Escape');

  await notice(page).getByRole('button', { name: 'Start a fresh copy' }).click();
  await expect(title(page)).toHaveAccessibleName(`Workbooks: ${gallery} (2)`);
  await expect(cell(page, 'A2')).not.toContainText('1.5');
  await expect(cell(page, 'A2')).toContainText('2');
});

test('switching workbooks clears a notice about the one you left', async ({ page }) => {
  await openApp(page);
  await newWorkbook(page);
  await renameOpenWorkbook(page, 'Untitled', 'First');
  await page.getByLabel('Import a workbook file').setInputFiles({
    name: 'second.gradsheet.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'gradsheet', version: 1, sheets: [{ name: 'Sheet1', cells: { A1: '7' } }] })),
  });
  await expect(notice(page)).toContainText('Imported “second” as a new workbook.');
  await openWorkbook(page, 'First');
  await expect(notice(page)).toHaveCount(0);

  // A notice about the app itself (a refused file) stays.
  await page
    .getByLabel('Import a workbook file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(notice(page)).toContainText('broken.json was not imported');
  await openWorkbook(page, 'second');
  await expect(notice(page)).toContainText('broken.json was not imported');
});
