// size: the file format's rules, one short test per field.
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  FILE_LIMITS,
  MAX_FILE_BYTES,
  MIGRATIONS,
  type Migration,
  formatBytes,
  parseWorkbookText,
  readWorkbook,
} from './format';

const book = (over: Record<string, unknown> = {}) => ({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [{ name: 'Sheet1', cells: {} }],
  names: {},
  charts: [],
  ...over,
});
const message = (json: unknown) => {
  const r = readWorkbook(json);
  return r.ok ? 'ok' : r.message;
};

describe('workbook file', () => {
  it('reads a minimal version-1 workbook and fills defaults', () => {
    const r = readWorkbook({
      format: 'gradsheet',
      version: 1,
      sheets: [{ name: 'S', cells: { A1: '1', B2: { input: '=A1', note: 'n' } } }],
    });
    expect(r).toEqual({
      ok: true,
      book: {
        format: 'gradsheet',
        version: 1,
        seed: 0,
        sheets: [{ name: 'S', cells: { A1: '1', B2: { input: '=A1', note: 'n' } } }],
        names: {},
        charts: [],
      },
    });
  });

  it.each([
    [null, 'not a Gradsheet workbook: the file is not a JSON object'],
    [[], 'not a Gradsheet workbook: the file is not a JSON object'],
    [{ format: 'excel' }, 'not a Gradsheet workbook: "format" is "excel", expected "gradsheet"'],
    [{ format: 'gradsheet' }, 'not a Gradsheet workbook: "version" is missing or not a whole number'],
    [{ format: 'gradsheet', version: 3 }, 'this workbook is version 3, newer than this Gradsheet reads (version 1); update Gradsheet'],
    [{ format: 'gradsheet', version: 0 }, 'version 0 is not a Gradsheet version'],
  ])('refuses %j', (json, why) => expect(message(json)).toBe(why));

  it('says which field is wrong', () => {
    expect(message(book({ sheets: [] }))).toBe('invalid workbook: sheets: a workbook needs at least one sheet');
    expect(message(book({ sheets: [{ name: 'S', cells: { A0: 'x' } }] }))).toBe(
      'invalid workbook: S: cell key "A0" is not an address like A1',
    );
    expect(message(book({ sheets: [{ name: 'S', cells: { A1: 5 } }] }))).toMatch(/^invalid workbook: sheets\[0\]\.cells\.A1/);
    expect(message(book({ names: { A1: 'Sheet1!A1' } }))).toMatch(/must not look like a cell reference/);
    expect(
      message(
        book({
          sheets: [
            { name: 'S', cells: {} },
            { name: 's', cells: {} },
          ],
        }),
      ),
    ).toBe('invalid workbook: two sheets are named "s"');
    expect(message(book({ seed: 1.5 }))).toMatch(/^invalid workbook: seed/);
  });

  it('keeps a sheet of plain input texts as it is, without copying it cell by cell', () => {
    const cells: Record<string, string> = {};
    for (let i = 1; i <= 1000; i++) cells[`A${i}`] = `=${i}`;
    const r = readWorkbook(book({ sheets: [{ name: 'S', cells }] }));
    expect(r.ok && r.book.sheets[0].cells).toBe(cells);
    // One cell that is not plain sends the sheet through the schema, which names it.
    expect(message(book({ sheets: [{ name: 'S', cells: { ...cells, A1001: 'x'.repeat(FILE_LIMITS.inputLength + 1) } }] }))).toMatch(
      /^invalid workbook: sheets\[0\]\.cells\.A1001: a cell input is longer/,
    );
  });

  it('refuses oversized inputs before using them', () => {
    expect(message(book({ sheets: [{ name: 'S', cells: { A1: 'x'.repeat(FILE_LIMITS.inputLength + 1) } }] }))).toMatch(/longer than/);
  });

  it('reports text that is not JSON', () => {
    expect(parseWorkbookText('{')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^not a Gradsheet workbook: the file is not valid JSON/),
    });
  });
});

describe('cell extras', () => {
  const cellOf = (entry: unknown) => {
    const r = readWorkbook(book({ sheets: [{ name: 'S', cells: { A1: entry } }] }));
    return r.ok ? r.book.sheets[0].cells.A1 : r.message;
  };

  it('keeps a slider, a note and a flat format', () => {
    const entry = {
      input: '0.5',
      slider: { min: 0, max: 1, step: 0.1 },
      note: 'learning rate',
      format: { digits: 3, bold: true, color: 'red' },
    };
    expect(cellOf(entry)).toEqual(entry);
  });

  it('keeps a valid number format and spill, and drops an invalid number format without refusing the file', () => {
    const ok = { input: '=ones(3)', format: { number: 'fixed', decimals: 2, thousands: true, spill: true } };
    expect(cellOf(ok)).toEqual(ok);
    expect(cellOf({ input: '1', format: { number: 'money', decimals: 2, bold: true } })).toEqual({ input: '1', format: { bold: true } });
  });

  it('drops keys it does not know, at every level', () => {
    expect(cellOf({ input: '1', onclick: 'alert(1)', slider: { min: 0, max: 1, step: 1, extra: [1] } })).toEqual({
      input: '1',
      slider: { min: 0, max: 1, step: 1 },
    });
  });

  it.each([
    [{ min: 1, max: 1, step: 1 }, "a slider's min must be less than its max"],
    [{ min: 0, max: 1, step: 0 }, 'a slider step must be more than 0'],
    [{ min: 0, max: '1', step: 1 }, 'sheets[0].cells.A1.slider.max: Invalid input: expected number, received string'],
  ])('refuses the slider %j', (slider, why) => {
    expect(cellOf({ input: '1', slider })).toMatch(why);
  });

  it('refuses a long note and a nested or oversized format', () => {
    expect(cellOf({ input: '1', note: 'n'.repeat(10_001) })).toMatch(/sheets\[0\]\.cells\.A1.*note is longer than 10000/);
    expect(cellOf({ input: '1', format: { digits: { nested: 1 } } })).toMatch(
      /^invalid workbook: sheets\[0\]\.cells\.A1\.format\.digits: Invalid input/,
    );
    expect(cellOf({ input: '1', format: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, i])) })).toMatch(
      /more than 64 keys/,
    );
    expect(cellOf({ input: '1', format: { 'no spaces': 1 } })).toMatch(/format key must be a short word/);
  });
});

describe('hostile files', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const text = (cell: string) => `{"format":"gradsheet","version":1,"sheets":[{"name":"S","cells":{"A1":${cell}}}]}`;

  it('refuses 100k nested arrays as a cell without overflowing the stack', () => {
    expect(parseWorkbookText(text(deep(100_000)))).toEqual({
      ok: false,
      message: 'invalid workbook: sheets[0].cells.A1: a cell must be its input text or an object with an "input"',
    });
  });

  it('drops 100k nested arrays under an unknown key, so the result serialises', () => {
    const r = parseWorkbookText(text(`{"input":"1","junk":${deep(100_000)}}`));
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(JSON.stringify(r.book.sheets[0].cells)).toBe('{"A1":{"input":"1"}}');
  });

  it('describes a nested "format" without serialising it', () => {
    expect(parseWorkbookText(`{"format":${deep(100_000)}}`)).toEqual({
      ok: false,
      message: 'not a Gradsheet workbook: "format" is an array, expected "gradsheet"',
    });
  });

  it('refuses text over 20 MB before parsing, giving both sizes', () => {
    const big = ' '.repeat(MAX_FILE_BYTES + 1);
    expect(parseWorkbookText(big)).toEqual({ ok: false, message: 'this file is 20.0 MB, more than the 20 MB a workbook file may be' });
    expect(parseWorkbookText(' '.repeat(25 * 1024 * 1024))).toEqual({
      ok: false,
      message: 'this file is 25 MB, more than the 20 MB a workbook file may be',
    });
  });

  it('drops unknown top-level keys and unknown chart keys', () => {
    const r = readWorkbook(book({ evil: { a: 1 }, charts: [{ sheet: 'Sheet1', x: 'A1', y: ['B1'], onload: 'x' }] }));
    expect(r).toEqual({ ok: true, book: book({ charts: [{ sheet: 'Sheet1', x: 'A1', y: ['B1'] }] }) });
  });

  it('caps sheet names, chart titles and references', () => {
    expect(message(book({ sheets: [{ name: 's'.repeat(101), cells: {} }] }))).toBe(
      'invalid workbook: sheets[0].name: a sheet name is longer than 100 characters',
    );
    expect(message(book({ charts: [{ sheet: 'Sheet1', x: 'A1', y: ['B1'], title: 't'.repeat(501) }] }))).toBe(
      'invalid workbook: charts[0].title: a chart title is longer than 500 characters',
    );
    expect(message(book({ charts: [{ sheet: 'Sheet1', x: 'A1', y: ['B1'], title: 5 }] }))).toMatch(/^invalid workbook: charts\[0\]\.title/);
    expect(message(book({ charts: [{ sheet: 'Sheet1', x: 'A'.repeat(301), y: [] }] }))).toBe(
      'invalid workbook: charts[0].x: a reference is longer than 300 characters',
    );
  });

  it("reads a workbook's name and a chart's y scale, which older files do not have", () => {
    expect(readWorkbook(book({ name: 'Loss landscape' }))).toEqual({ ok: true, book: book({ name: 'Loss landscape' }) });
    expect(readWorkbook(book())).toEqual({ ok: true, book: book() });
    expect(message(book({ name: 'n'.repeat(201) }))).toBe('invalid workbook: name: a workbook name is longer than 200 characters');
    expect(message(book({ name: 3 }))).toMatch(/^invalid workbook: name/);
    const log = { sheet: 'Sheet1', x: 'A1', y: ['B1'], yScale: 'log' };
    expect(readWorkbook(book({ charts: [log] }))).toEqual({ ok: true, book: book({ charts: [log] }) });
    expect(message(book({ charts: [{ ...log, yScale: 'cubic' }] }))).toBe(
      'invalid workbook: charts[0].yScale: a chart\'s yScale must be "linear" or "log"',
    );
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseWorkbookText('\uFEFF' + JSON.stringify(book()))).toEqual({ ok: true, book: book() });
  });
});

describe('column widths', () => {
  const widths = (colWidths: unknown) => {
    const r = readWorkbook(book({ sheets: [{ name: 'S', cells: {}, colWidths }] }));
    return r.ok ? r.book.sheets[0].colWidths : r.message;
  };

  it('keeps widths by column letter', () => {
    expect(widths({ A: 60, CV: 24, XFD: 1000 })).toEqual({ A: 60, CV: 24, XFD: 1000 });
  });

  it('drops entries that are not a column letter with a width in bounds, keeping the rest', () => {
    expect(widths({ A: 60, a: 60, A1: 60, ABCD: 60, B: 23, C: 1001, D: '80', E: null, F: Number.NaN, G: [80] })).toEqual({ A: 60 });
  });

  it('drops a value that is not an object, and one left empty, without refusing the file', () => {
    for (const bad of [5, 'wide', [60], null, { a: 1 }]) expect(widths(bad)).toBeUndefined();
  });
});

describe('keys from hostile files', () => {
  const grid = '(columns A to XFD, rows 1 to 1048576)';
  const cells = (c: Record<string, unknown>) => book({ sheets: [{ name: 'Sheet1', cells: { A1: '1', ...c } }] });

  it.each(['ZZZ9999999', 'XFE1', 'A1048577', 'ZZZZ1', `${'A'.repeat(1_000_000)}1`, 'A99999999999'])(
    'refuses a cell key outside the grid by name (%#)',
    (key) => {
      const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
      expect(message(cells({ [key]: '2' }))).toBe(`invalid workbook: Sheet1: cell key "${shown}" is outside the grid ${grid}`);
    },
  );

  it('takes the last cell of the grid', () => {
    expect(readWorkbook(cells({ XFD1048576: '2' })).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', '', 'A', '1', 'A1 ', '$A$1', 'A-1'])('refuses the cell key %j, which is no address', (key) => {
    expect(
      message(JSON.parse(`{"format":"gradsheet","version":1,"sheets":[{"name":"Sheet1","cells":{${JSON.stringify(key)}:"1"}}]}`)),
    ).toBe(`invalid workbook: Sheet1: cell key ${JSON.stringify(key)} is not an address like A1`);
  });

  it('refuses two keys for one cell', () => {
    expect(message(cells({ a1: '2' }))).toBe('invalid workbook: Sheet1: cell keys "A1" and "a1" are the same cell');
    expect(message(book({ sheets: [{ name: 'S', cells: { xb2: '1', Xb2: '2' } }] }))).toBe(
      'invalid workbook: S: cell keys "xb2" and "Xb2" are the same cell',
    );
    expect(readWorkbook(book({ sheets: [{ name: 'S', cells: { b2: '1' } }] })).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])(
    'round-trips %s as the workbook name, a sheet name and a defined name',
    (word) => {
      const text = `{"format":"gradsheet","version":1,"name":"${word}","seed":0,"sheets":[{"name":"${word}","cells":{"A1":"=${word}"}}],"names":{"${word}":"${word}!A2"},"charts":[],"ui":{"activeSheet":"${word}","views":{"${word}":{"anchor":"B2","focus":"B2","scrollTop":5,"scrollLeft":0}}}}`;
      const r = parseWorkbookText(text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(JSON.stringify(r.book)).toBe(text);
      expect(Object.keys(r.book.names)).toEqual([word]);
      expect(Object.getPrototypeOf(r.book.names)).toBe(Object.prototype);
    },
  );

  it('quotes and cuts a hostile key in a message', () => {
    expect(message(book({ names: { [`${'n'.repeat(100)}\n`]: 'Sheet1!A1' } }))).toBe(
      `invalid workbook: names["${'n'.repeat(40)}…"]: a name must be letters, digits and _, not starting with a digit`,
    );
  });

  it('counts the size cap in bytes, not characters', () => {
    const text = JSON.stringify(book({ junk: 'é'.repeat(11 * 1024 * 1024) }));
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(parseWorkbookText(text)).toEqual({ ok: false, message: 'this file is 22.0 MB, more than the 20 MB a workbook file may be' });
    expect(parseWorkbookText(JSON.stringify(book({ junk: 'é'.repeat(9 * 1024 * 1024) }))).ok).toBe(true);
  });

  it('says a file is empty', () => {
    expect(parseWorkbookText(' \n')).toEqual({ ok: false, message: 'not a Gradsheet workbook: the file is empty' });
  });
});

describe('ui state', () => {
  const ui = { activeSheet: 'Sheet2', selection: { sheet: 'Sheet2', anchor: 'A1', focus: 'B2' } };
  const two = (over: Record<string, unknown>) =>
    book({
      sheets: [
        { name: 'Sheet1', cells: {} },
        { name: 'Sheet2', cells: { A1: '1' } },
      ],
      ...over,
    });

  it('round-trips exactly', () => {
    const file = two({ ui });
    const r = parseWorkbookText(JSON.stringify(file));
    expect(r).toEqual({ ok: true, book: file });
    if (r.ok) expect(JSON.stringify(r.book)).toBe(JSON.stringify(file));
  });

  it('is validated', () => {
    expect(message(two({ ui: { selection: { sheet: 'Sheet2', anchor: 'A0', focus: 'B2' } } }))).toBe(
      'invalid workbook: ui.selection.anchor: a cell key is not an address like A1',
    );
    expect(message(two({ ui: { activeSheet: 7 } }))).toMatch(/^invalid workbook: ui\.activeSheet/);
  });

  it('keeps where each sheet was left, and checks it', () => {
    const views = {
      Sheet1: { anchor: 'C30', focus: 'C30', scrollTop: 640, scrollLeft: 0 },
      Sheet2: { anchor: 'A1', focus: 'B2', scrollTop: 0, scrollLeft: 96.5 },
    };
    expect(readWorkbook(two({ ui: { ...ui, views } }))).toEqual({ ok: true, book: two({ ui: { ...ui, views } }) });
    const bad = (v: Record<string, unknown>) =>
      message(two({ ui: { views: { Sheet1: { anchor: 'A1', focus: 'A1', scrollTop: 0, scrollLeft: 0, ...v } } } }));
    expect(bad({ scrollTop: -1 })).toBe('invalid workbook: ui.views.Sheet1.scrollTop: a scroll position is negative');
    expect(bad({ scrollLeft: 1e12 })).toBe('invalid workbook: ui.views.Sheet1.scrollLeft: a scroll position is too large');
    expect(bad({ scrollTop: 'far' })).toMatch(/^invalid workbook: ui\.views\.Sheet1\.scrollTop/);
    expect(bad({ focus: 'ZZZZ1' })).toBe('invalid workbook: ui.views.Sheet1.focus: a cell key is not an address like A1');
  });

  it('drops a selection or a view outside the grid', () => {
    const view = { anchor: 'A1', focus: 'A1', scrollTop: 0, scrollLeft: 0 };
    const r = readWorkbook(
      two({
        ui: {
          selection: { sheet: 'Sheet2', anchor: 'ZZZ9999999', focus: 'A1' },
          views: { Sheet1: { ...view, focus: 'XFE1' }, Sheet2: view },
        },
      }),
    );
    expect(r.ok && r.book.ui).toEqual({ views: { Sheet2: view } });
  });

  it('drops the parts that name a sheet the workbook does not have', () => {
    const view = { anchor: 'A1', focus: 'A1', scrollTop: 0, scrollLeft: 0 };
    const kept = readWorkbook(two({ ui: { views: { Gone: view, Sheet2: view } } }));
    expect(kept.ok && kept.book.ui).toEqual({ views: { Sheet2: view } });
    const r = readWorkbook(two({ ui: { activeSheet: 'Gone', selection: ui.selection } }));
    expect(r.ok && r.book.ui).toEqual({ selection: ui.selection });
    const none = readWorkbook(two({ ui: { activeSheet: 'Gone' } }));
    expect(none.ok && 'ui' in none.book).toBe(false);
  });
});

describe('migrations', () => {
  const v0 = { format: 'gradsheet', version: 0, sheet: { name: 'Old', cells: { A1: '1' } } };
  // A synthetic version 0 that held a single sheet under `sheet`.
  const toV1: Migration = (old) => ({ format: 'gradsheet', version: 1, sheets: [old.sheet] });

  it('has no steps while version 1 is the only version', () => {
    expect(MIGRATIONS).toEqual({});
    expect(CURRENT_VERSION).toBe(1);
  });

  it('upgrades an older version through the table', () => {
    expect(readWorkbook(v0, { migrations: { 0: toV1 } })).toEqual({
      ok: true,
      book: book({ sheets: [{ name: 'Old', cells: { A1: '1' } }] }),
    });
  });

  it('validates what a migration produced', () => {
    expect(readWorkbook({ ...v0, sheet: { name: '', cells: {} } }, { migrations: { 0: toV1 } })).toEqual({
      ok: false,
      message: 'invalid workbook: sheets[0].name: a sheet has an empty name',
    });
  });

  it('reports a version with no path to the current one', () => {
    expect(readWorkbook({ ...v0, version: -1 }, { migrations: { 0: toV1 } })).toEqual({
      ok: false,
      message: 'version -1 is not a Gradsheet version',
    });
    expect(readWorkbook({ ...v0, version: -1e300 }, { migrations: { 0: toV1 } })).toEqual({
      ok: false,
      message: 'version -1e+300 is not a Gradsheet version',
    });
  });

  it('reports a migration that fails or skips a version', () => {
    const throws: Migration = () => {
      throw new Error('no sheet');
    };
    expect(readWorkbook(v0, { migrations: { 0: throws } })).toEqual({
      ok: false,
      message: 'could not upgrade this version-0 workbook to version 1: no sheet',
    });
    expect(readWorkbook(v0, { migrations: { 0: (old) => ({ ...old, version: 2 }) } })).toEqual({
      ok: false,
      message: 'could not upgrade this version-0 workbook to version 1',
    });
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [64 * 1024, '64 KB'],
    [20 * 1024 * 1024, '20 MB'],
    [20 * 1024 * 1024 + 1, '20.0 MB'],
    [10 * 1024 ** 3, '10 GB'],
    [1.25 * 1024 ** 4, '1280 GB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
