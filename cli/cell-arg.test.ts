import { describe, expect, it } from 'vitest';
import { MAX_COLS, MAX_ROWS, columnName } from '../formula/address';
import { Workbook } from '../formula/book';
import { GRID } from '../storage/cell-key';
import { makeCellArgs } from './cell-arg';

describe('--cell arguments', () => {
  const book = Workbook.fromJSON({
    format: 'gradsheet',
    version: 1,
    sheets: [
      { name: 'Sheet1', cells: { A1: '1' } },
      { name: 'Data!', cells: {} },
    ],
    names: { rate: 'Sheet1!A1', __proto__: 'Sheet1!B1' },
  });
  // JSON.parse, as the file reader gets it: an object literal's __proto__ would set the prototype instead.
  const withProto = Workbook.fromJSON(
    JSON.parse('{"format":"gradsheet","version":1,"sheets":[{"name":"Sheet1","cells":{}}],"names":{"__proto__":"Sheet1!C3"}}'),
  );
  const resolve = makeCellArgs(book);

  it('resolves cells to a canonical label, and names to their target', () => {
    expect(['A1', 'sheet1!b2', '$C$3', "'Data!'!D4", 'Data!!D4', 'XFD1048576', 'RATE'].map(resolve)).toEqual(
      ['Sheet1!A1', 'Sheet1!B2', 'Sheet1!C3', "'Data!'!D4", "'Data!'!D4", 'Sheet1!XFD1048576', 'Sheet1!A1'].map((ref) => ({
        ok: true,
        ref,
      })),
    );
    expect(makeCellArgs(withProto)('__proto__')).toEqual({ ok: true, ref: 'Sheet1!C3' });
  });

  it('says what is wrong with the rest', () => {
    const why = (arg: string) => {
      const r = resolve(arg);
      return r.ok ? r.ref : r.message;
    };
    expect(why('ZZZ9999999')).toBe('--cell "ZZZ9999999": cell "ZZZ9999999" is outside the grid (columns A to XFD, rows 1 to 1048576)');
    expect(why('Sheet1!A1048577')).toBe(
      '--cell "Sheet1!A1048577": cell "A1048577" is outside the grid (columns A to XFD, rows 1 to 1048576)',
    );
    expect(why('Other!A1')).toBe('--cell "Other!A1": the workbook has no sheet "Other" (its sheets: Sheet1, Data!)');
    expect(why("'Other'!A1")).toBe('--cell "\'Other\'!A1": the workbook has no sheet "Other" (its sheets: Sheet1, Data!)');
    expect(why('A1:B2')).toBe('--cell "A1:B2": a range; --cell takes one cell (give --cell once for each cell to print)');
    expect(why('hello')).toBe('--cell "hello" is not a cell (like Sheet1!A1 or A1) or a name in this workbook');
    expect(why(`${'A'.repeat(100)}1`)).toMatch(/^--cell "A{60}…": cell "A{60}…" is outside the grid/);
  });

  it('uses the grid of formula/address.ts', () => {
    expect([GRID.cols, GRID.rows, GRID.lastColumn]).toEqual([MAX_COLS, MAX_ROWS, columnName(MAX_COLS - 1)]);
  });
});
