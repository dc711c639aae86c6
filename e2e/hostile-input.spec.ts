// Hostile share links and imported files: each is refused with a message that says why, in bounded time
// (a link over 2 MB Chromium itself will not open; storage/link.test.ts refuses one),
// and the app stays usable (another cell can be edited and computes).

import { deflateRawSync } from 'node:zlib';
import { type Page, expect, test } from '@playwright/test';
import { cell, openApp, typeInto, exportWorkbookFile } from './helpers';

const link = (bytes: Buffer) => `/#book=v1.${bytes.toString('base64url')}`;
const packed = (text: string) => link(deflateRawSync(Buffer.from(text)));
const book = (cells: Record<string, string>) => JSON.stringify({ format: 'gradsheet', version: 1, sheets: [{ name: 'Sheet1', cells }] });

async function stillUsable(page: Page, ref: string): Promise<void> {
  await typeInto(page, ref, '=6 * 7');
  await expect(cell(page, ref)).toHaveText('42');
}

test('hostile share links are refused with a message, and the app stays usable', async ({ page }) => {
  await openApp(page);
  const cases: [string, string, RegExp][] = [
    ['truncated', packed(book({ A1: '1' })).slice(0, -12), /The link could not be opened: this share link is damaged/],
    ['bad base64', '/#book=v1.abc$%^', /holds characters that are not part of a link/],
    ['not a workbook', packed('{"hello": "world"}'), /The link could not be opened: not a Gradsheet workbook/],
    [
      'a cell outside the grid',
      packed(book({ A1: '1', ZZZ9999999: '2' })),
      /Sheet1: cell key "ZZZ9999999" is outside the grid \(columns A to XFD, rows 1 to 1048576\)/,
    ],
    ['a decompression bomb', link(deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 })), /unpacks to more than 20 MB/],
  ];
  for (const [name, url, why] of cases) {
    const started = Date.now();
    await page.goto(url);
    await expect(page.getByRole('alert'), name).toContainText(why);
    expect(Date.now() - started, name).toBeLessThan(5000);
  }
  await page.screenshot({ path: 'test-results/hostile-link.png' });
  await stillUsable(page, 'C3');
});

test('a file with a key outside the grid is refused by name; __proto__ names round-trip; the engine keeps answering', async ({ page }) => {
  await openApp(page);
  const importFile = (name: string, content: string | Buffer) =>
    page
      .getByLabel('Import a workbook file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

  await importFile('far.gradsheet.json', book({ A1: '1', ZZZ9999999: '=A1 + 1' }));
  await expect(page.getByRole('alert')).toContainText(
    'far.gradsheet.json was not imported: invalid workbook: Sheet1: cell key "ZZZ9999999" is outside the grid',
  );
  await importFile('utf16.gradsheet.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(book({ A1: '1' }), 'utf16le')]));
  await expect(page.getByRole('alert')).toContainText('utf16.gradsheet.json was not imported: the file is UTF-16 text');
  await importFile('bytes.gradsheet.json', Buffer.concat([Buffer.from(book({ A1: '"x' })), Buffer.from([0xc3, 0x28])]));
  await expect(page.getByRole('alert')).toContainText('bytes.gradsheet.json was not imported: the file is not UTF-8 text');
  await stillUsable(page, 'D4');

  const proto =
    '{"format":"gradsheet","version":1,"name":"__proto__","sheets":[{"name":"Sheet1","cells":{"A1":"5","B1":"=__proto__ * 2"}}],"names":{"__proto__":"Sheet1!A1"}}';
  await importFile('proto.gradsheet.json', proto);
  await expect(page.getByRole('button', { name: 'Workbooks: __proto__' })).toBeVisible();
  await expect(cell(page, 'B1')).toHaveText('10');
  const download = await exportWorkbookFile(page);
  const text = await (await import('node:fs')).promises.readFile(await download.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ name: '__proto__', names: JSON.parse('{"__proto__":"Sheet1!A1"}') });
  expect(text).toContain('"__proto__": "Sheet1!A1"');
  await stillUsable(page, 'C2');
});
