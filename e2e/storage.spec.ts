// Workbooks that are never lost: autosave and reload, a crash mid-burst, offline, files and links
// between browser profiles, and hostile files refused with a clear message.
import { type Page, expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cell, newWorkbook, openApp as openFresh, typeInto, exportWorkbookFile } from './helpers';

const savedSoon = (page: Page) => page.waitForTimeout(700);

test('edits survive a reload: cells, names, charts, sliders and the selection', async ({ page }) => {
  await openFresh(page);
  await newWorkbook(page);
  await typeInto(page, 'A1', '=linspace(-2, 2, 20)');
  await typeInto(page, 'A2', '=A1 ** 2');
  await typeInto(page, 'B1', '0.5');
  await page.getByLabel('Name Box').fill('B1');
  await page.getByLabel('Name Box').press('Enter');
  await page.getByLabel('Name Box').fill('a');
  await page.getByLabel('Name Box').press('Enter');
  await page.getByRole('button', { name: 'Slider' }).click();
  await page
    .getByRole('button', { name: /^(Show|Save|Set|Apply)/ })
    .first()
    .click();
  await page.getByLabel('Name Box').fill('A1:A2');
  await page.getByLabel('Name Box').press('Enter');
  await page.getByRole('button', { name: 'Add chart' }).click();
  await page
    .getByRole('button', { name: /^(Add|Save)$/ })
    .last()
    .click();
  await page.getByLabel('Name Box').fill('C7');
  await page.getByLabel('Name Box').press('Enter');
  await savedSoon(page);
  await page.reload();
  await expect(cell(page, 'A2').locator('.shape-badge')).toHaveAttribute('data-shape', '20');
  await expect(page.getByLabel('Name Box')).toHaveValue('C7');
  await expect(page.getByLabel('Slider B1')).toBeVisible();
  await expect(page.locator('figure')).toHaveCount(1);
  await typeInto(page, 'D1', '=a * 2');
  await expect(cell(page, 'D1')).toHaveText('1');
});

test('a tab killed in the middle of a burst of edits loses at most the last half second', async ({ page, context }) => {
  await openFresh(page);
  await newWorkbook(page);
  const stamps: number[] = [];
  for (let i = 1; i <= 12; i++) {
    await typeInto(page, `A${i}`, String(i * 10));
    stamps.push(Date.now());
  }
  // The tab is closed at once: no beforeunload, whatever was saving is cut off.
  const crashedAt = Date.now();
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('grid')).toBeVisible();
  // Every edit made more than half a second before the crash is there.
  for (let i = 1; i <= 12; i++) {
    if (crashedAt - stamps[i - 1] > 500) await expect(cell(again, `A${i}`)).toHaveText(String(i * 10));
  }
  await expect(cell(again, 'A1')).toHaveText('10');
});

test('offline: the app loads and keeps working; back online nothing is lost', async ({ page, context }) => {
  await openFresh(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // the service worker now controls the page
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('grid')).toBeVisible();
  await newWorkbook(page);
  await typeInto(page, 'A1', '=grad(A2 ** 3, A2)');
  await typeInto(page, 'A2', '2');
  await expect(cell(page, 'A1')).toHaveText('12');
  await savedSoon(page);
  await context.setOffline(false);
  await page.reload();
  await expect(cell(page, 'A1')).toHaveText('12');
});

test('export, then import into a fresh profile: the same workbook and values', async ({ page, browser }) => {
  await openFresh(page);
  await newWorkbook(page);
  await typeInto(page, 'A1', '=ones(2, 2, requires_grad=true)');
  await typeInto(page, 'A2', '=grad((A1 * 3).sum(), A1)');
  await page.getByLabel('Name Box').fill('A1');
  await page.getByLabel('Name Box').press('Enter');
  await page.getByLabel('Name Box').fill('w');
  await page.getByLabel('Name Box').press('Enter');
  await savedSoon(page);
  const download = await exportWorkbookFile(page);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(download.suggestedFilename()).toMatch(/\.gradsheet\.json$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openFresh(other);
  await other.getByLabel('Import a workbook file').setInputFiles(path);
  await expect(cell(other, 'A2')).toContainText('[[3, 3], [3, 3]]');
  const again = await exportWorkbookFile(other);
  const reimported = JSON.parse(readFileSync(await again.path(), 'utf8'));
  const original = JSON.parse(text);
  expect(JSON.stringify({ ...reimported, ui: undefined }, null, 1)).toBe(JSON.stringify({ ...original, ui: undefined }, null, 1));
  expect(reimported.names).toEqual({ w: 'Sheet1!A1' });
  await fresh.close();
});

test('a share link opens as a new copy in a fresh profile and beside existing work', async ({ page, browser }) => {
  await openFresh(page);
  await newWorkbook(page);
  await typeInto(page, 'A1', '=sum(arange(5))');
  await savedSoon(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const url = await page.getByLabel('Link', { exact: true }).inputValue();
  expect(url).toContain('#book=v1.');
  await page.keyboard.press('Escape');

  const fresh = await browser.newContext();
  const visitor = await fresh.newPage();
  await visitor.goto(url);
  await expect(cell(visitor, 'A1')).toHaveText('10');
  await expect(visitor.getByRole('status').filter({ hasText: 'shared workbook' })).toBeVisible();
  await fresh.close();

  // The author's own profile: the link opens a copy under the workbook's name; the original workbook is still there.
  await page.goto(url);
  await expect(cell(page, 'A1')).toHaveText('10');
  await page.getByRole('button', { name: /^Workbooks/ }).click();
  await expect(page.getByRole('button', { name: 'Open Untitled' })).toHaveCount(2);
});

test('hostile files are refused or shown as inert text, and the app stays responsive', async ({ page }) => {
  await openFresh(page);
  const importFile = (name: string, content: string | Buffer) =>
    page
      .getByLabel('Import a workbook file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

  await importFile('broken.json', '{"format": "gradsheet", "version": 1, "sheets": [');
  await expect(page.getByRole('alert')).toContainText('broken.json was not imported: not a Gradsheet workbook: the file is not valid JSON');

  const script = {
    format: 'gradsheet',
    version: 1,
    seed: 0,
    sheets: [{ name: 'Sheet1', cells: { A1: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' } }],
    names: {},
    charts: [],
  };
  await importFile('script.gradsheet.json', JSON.stringify(script));
  await expect(cell(page, 'A1')).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('[role=gridcell] img, [role=gridcell] script').count()).toBe(0);

  const huge = join(mkdtempSync(join(tmpdir(), 'gradsheet-e2e-')), 'huge.gradsheet.json');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await page.getByLabel('Import a workbook file').setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText('huge.gradsheet.json was not imported');
  await expect(page.getByRole('alert')).toContainText('MB');

  const nested = `{"format": "gradsheet", "version": 1, "sheets": [{"name": "S", "cells": {"A1": {"input": "1", "note": ${'['.repeat(100000)}${']'.repeat(100000)}}}}]}`;
  await importFile('nested.gradsheet.json', nested);
  await expect(page.getByRole('alert')).toContainText('nested.gradsheet.json was not imported');

  // Still responsive: typing into a cell works right away.
  await typeInto(page, 'B1', '=6 * 7');
  await expect(cell(page, 'B1')).toHaveText('42');
});

test('two tabs on one workbook: an edit in one reaches the other, never a silent overwrite', async ({ page, context }) => {
  await openFresh(page);
  await newWorkbook(page);
  await typeInto(page, 'A1', '5');
  await savedSoon(page);
  const second = await context.newPage();
  await second.goto('/');
  await expect(cell(second, 'A1')).toHaveText('5');
  await expect(page.getByRole('status').filter({ hasText: 'also open in another tab' })).toBeVisible();
  await typeInto(second, 'A2', '=A1 * 3');
  await expect(cell(page, 'A2')).toHaveText('15');
  await typeInto(page, 'A3', '=A2 + 1');
  await expect(cell(second, 'A3')).toHaveText('16');
});
