import { describe, expect, it } from 'vitest';
import { exportFileName, importWorkbookFile, readWorkbookBytes, serialiseWorkbook } from './file';
import { MAX_FILE_BYTES, type WorkbookFile } from './format';

const sample: WorkbookFile = {
  format: 'gradsheet',
  version: 1,
  seed: 7,
  sheets: [
    {
      name: 'Model',
      cells: { B2: '=A2 * 2', A10: 'ten', A2: { input: '3', note: 'x', slider: { min: 0, max: 10, step: 1 } }, A1: 'x', B1: '=ones(2)' },
    },
    { name: 'Ünïcode ✓', cells: { A1: '"日本語 <b>bold</b> 🎉"' } },
  ],
  names: { zeta: 'Model!A1', alpha: 'Model!B1' },
  charts: [{ sheet: 'Model', x: 'A1', y: ['B1', 'B2'], title: 'f' }],
  ui: { activeSheet: 'Model', selection: { sheet: 'Model', anchor: 'A1', focus: 'B2' } },
};

describe('exportFileName', () => {
  it.each([
    ['Loss landscape', 'Loss landscape.gradsheet.json'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.gradsheet.json'],
    ['  ..hidden.  ', 'hidden.gradsheet.json'],
    ['', 'workbook.gradsheet.json'],
    ['///', 'workbook.gradsheet.json'],
    ['CON', '_CON.gradsheet.json'],
    ['tab\there\nnewline', 'tab-here-newline.gradsheet.json'],
    ['日本語 ✓', '日本語 ✓.gradsheet.json'],
  ])('%j → %j', (name, file) => expect(exportFileName(name)).toBe(file));

  it('caps the length without splitting a character', () => {
    const name = exportFileName('🎉'.repeat(150));
    expect(name).toBe(`${'🎉'.repeat(100)}.gradsheet.json`);
  });
});

describe('serialiseWorkbook', () => {
  it('writes pretty JSON in a stable key order', () => {
    const text = serialiseWorkbook(sample);
    expect(text.startsWith('{\n  "format": "gradsheet",\n  "version": 1,\n  "seed": 7,\n  "sheets": [')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'seed', 'sheets', 'names', 'charts', 'ui']);
    expect(Object.keys(parsed.sheets[0].cells)).toEqual(['A1', 'B1', 'A2', 'B2', 'A10']);
    expect(Object.keys(parsed.sheets[0].cells.A2)).toEqual(['input', 'slider', 'note']);
    expect(Object.keys(parsed.names)).toEqual(['alpha', 'zeta']);
  });

  it('does not depend on the order keys were set in', () => {
    const shuffled: WorkbookFile = {
      ui: sample.ui,
      charts: [{ title: 'f', y: ['B1', 'B2'], x: 'A1', sheet: 'Model' }],
      names: { alpha: 'Model!B1', zeta: 'Model!A1' },
      sheets: sample.sheets.map((s) => ({ cells: Object.fromEntries(Object.entries(s.cells).reverse()), name: s.name })),
      seed: 7,
      version: 1,
      format: 'gradsheet',
    };
    expect(serialiseWorkbook(shuffled)).toBe(serialiseWorkbook(sample));
  });

  it("writes the workbook's name after the version, charts' log scales, and sheet views in sheet order", () => {
    const view = (top: number) => ({ anchor: 'A1', focus: 'B2', scrollTop: top, scrollLeft: 0 });
    const named: WorkbookFile = {
      ...sample,
      name: 'Loss landscape',
      charts: [
        { yScale: 'log', title: 'f', y: ['B1'], x: 'A1', sheet: 'Model' },
        { sheet: 'Model', x: '', y: ['B2'], yScale: 'linear' },
      ],
      ui: { ...sample.ui, views: { 'Ünïcode ✓': view(5), Model: view(40) } },
    };
    const parsed = JSON.parse(serialiseWorkbook(named));
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'name', 'seed', 'sheets', 'names', 'charts', 'ui']);
    expect(parsed.name).toBe('Loss landscape');
    expect(parsed.charts).toEqual([
      { sheet: 'Model', x: 'A1', y: ['B1'], title: 'f', yScale: 'log' },
      { sheet: 'Model', x: '', y: ['B2'] },
    ]);
    expect(Object.keys(parsed.ui.views)).toEqual(['Model', 'Ünïcode ✓']);
    expect(parsed.ui.views.Model).toEqual(view(40));
  });

  it('round-trips through import', async () => {
    expect(await importWorkbookFile(serialiseWorkbook(sample))).toEqual({ ok: true, book: sample });
  });
});

describe('importWorkbookFile', () => {
  it('reads a Blob', async () => {
    const blob = new Blob([serialiseWorkbook(sample)], { type: 'application/json' });
    expect(await importWorkbookFile(blob)).toEqual({ ok: true, book: sample });
  });

  it('refuses a Blob over 20 MB by its size, without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      text: async () => ((read = true), ''),
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    } as unknown as Blob;
    expect(await importWorkbookFile(huge)).toEqual({
      ok: false,
      message: 'this file is 20.0 MB, more than the 20 MB a workbook file may be',
    });
    expect(read).toBe(false);
  });

  it('says what is wrong with a malformed file', async () => {
    expect(await importWorkbookFile(new Blob(['{"format":"gradsheet","version":1,"sheets":[]}']))).toEqual({
      ok: false,
      message: 'invalid workbook: sheets: a workbook needs at least one sheet',
    });
    expect(await importWorkbookFile('<html>')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^not a Gradsheet workbook: the file is not valid JSON/),
    });
  });

  it('refuses a file that is not UTF-8 rather than replacing its bytes', async () => {
    const text = serialiseWorkbook(sample);
    const at = text.indexOf('日');
    const bytes = new TextEncoder().encode(text);
    const broken = Uint8Array.from(bytes);
    broken[new TextEncoder().encode(text.slice(0, at)).length] = 0xff;
    expect(await importWorkbookFile(new Blob([broken]))).toEqual({
      ok: false,
      message: expect.stringMatching(/^the file is not UTF-8 text/),
    });
    expect(await importWorkbookFile(new Blob([bytes]))).toEqual({ ok: true, book: sample });
  });

  it('writes and reads back a workbook, sheet and defined name __proto__', async () => {
    // Object.fromEntries makes "__proto__" an own key, as JSON.parse does; an object literal would set the prototype.
    const names = Object.fromEntries([
      ['__proto__', "'__proto__'!A2"],
      ['constructor', "'__proto__'!A3"],
    ]);
    const odd: WorkbookFile = {
      format: 'gradsheet',
      version: 1,
      name: '__proto__',
      seed: 0,
      sheets: [{ name: '__proto__', cells: { A1: '=__proto__' } }],
      names,
      charts: [],
    };
    const text = serialiseWorkbook(odd);
    expect(text).toContain(`"__proto__": "'__proto__'!A2"`);
    const back = await importWorkbookFile(new Blob([text]));
    expect(back.ok && serialiseWorkbook(back.book)).toBe(text);
  });

  it('reports a Blob that cannot be read', async () => {
    const broken = { size: 10, arrayBuffer: async () => Promise.reject(new Error('permission denied')) } as unknown as Blob;
    expect(await importWorkbookFile(broken)).toEqual({ ok: false, message: 'the file could not be read (permission denied)' });
  });
});

describe('readWorkbookBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(readWorkbookBytes(utf8(`\ufeff${serialiseWorkbook(sample)}`))).toEqual({ ok: true, book: sample });
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    for (const bad of [[0xc3, 0x28], [0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x7b, 0xe2, 0x82]]) {
      expect(readWorkbookBytes(Uint8Array.from(bad))).toEqual({ ok: false, message: expect.stringMatching(/^the file is not UTF-8 text/) });
    }
  });

  it('names UTF-16, either byte order', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      expect(readWorkbookBytes(Uint8Array.from([...bom, 0x7b, 0]))).toEqual({
        ok: false,
        message: 'the file is UTF-16 text; save it as UTF-8 (a workbook file is JSON in UTF-8)',
      });
    }
  });

  it('refuses more than 20 MB of bytes by their count', () => {
    expect(readWorkbookBytes(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({
      ok: false,
      message: 'this file is 20.0 MB, more than the 20 MB a workbook file may be',
    });
  });
});
