// The address rules: column letters both ways, words and names, sheet quoting, and reading a
// reference exactly as the formula grammar reads one.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_COLS,
  addressText,
  columnIndex,
  columnName,
  decodeCell,
  isAllowedName,
  isCellWord,
  isPlainName,
  parseRef,
  quoteSheet,
  readReference,
  unquoteSheet,
} from './address';
import { parseFormula } from './to-ast';

describe('column letters', () => {
  it('go both ways over the whole grid', () => {
    expect([columnName(0), columnName(25), columnName(26), columnName(MAX_COLS - 1)]).toEqual(['A', 'Z', 'AA', 'XFD']);
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLS - 1 }), (col) => columnIndex(columnName(col)) === col));
    expect([columnIndex('xfd'), columnIndex('zA1', 1, 2)]).toEqual([MAX_COLS - 1, 0]);
  });
});

describe('words and names', () => {
  it('tell cell words, plain names and allowed workbook names apart', () => {
    expect(['A1', 'xfd1048576', 'AAAA0'].every(isCellWord)).toBe(true);
    expect(['A', '1', 'A1B', '$A1', 'a_1'].some(isCellWord)).toBe(false);
    expect(['x', '_lr', 'Sheet1', 'a_1'].every(isPlainName)).toBe(true);
    expect(['1x', 'my sheet', 'é', ''].some(isPlainName)).toBe(false);
    expect([isAllowedName('rate'), isAllowedName('lr2x'), isAllowedName('B2'), isAllowedName('my rate')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('quote a sheet only when it needs it, and unquote it again', () => {
    expect([quoteSheet('Sheet1'), quoteSheet('My sheet'), quoteSheet("it's")]).toEqual(['Sheet1', "'My sheet'", "'it''s'"]);
    fc.assert(fc.property(fc.string({ minLength: 1 }), (name) => unquoteSheet(quoteSheet(name)) === name));
    expect(unquoteSheet("'a''b'")).toBe("a'b");
  });
});

describe('reading references', () => {
  it('decodes an address with its anchors, and prints it back', () => {
    const a = decodeCell('$b$3', 'S')!;
    expect(a).toEqual({ sheet: 'S', col: 1, row: 2, colAbs: true, rowAbs: true });
    expect(addressText(a)).toBe('$B$3');
    expect([decodeCell('B'), decodeCell('B3:C4'), decodeCell(' B3')]).toEqual([null, null, null]);
    expect(readReference("'My sheet'!A1:$B2")).toMatchObject({
      sheet: 'My sheet',
      start: { col: 0, row: 0 },
      end: { col: 1, row: 1, colAbs: true },
    });
  });

  it('parseRef reads what the grammar reads as a reference inside the grid', () => {
    const sheet = fc.oneof(fc.constant(''), fc.constantFrom('Sheet2!', "'My sheet'!", "'it''s'!", '_x1!', 'A1!'));
    const cell = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[A-Za-z]{1,4}$/), fc.boolean(), fc.integer({ min: 0, max: 2_000_000 }))
      .map(([c, letters, r, row]) => `${c ? '$' : ''}${letters}${r ? '$' : ''}${row}`);
    const text = fc
      .tuple(sheet, cell, fc.option(cell), fc.constantFrom('', ' '))
      .map(([s, a, b, pad]) => `${pad}${s}${a}${b === null ? '' : `:${b}`}${pad}`);
    fc.assert(
      fc.property(text, (t) => {
        const e = parseFormula(t.trim());
        const inGridRef = (x: { col: number; row: number }) => x.col >= 0 && x.col < MAX_COLS && x.row >= 0 && x.row < 1_048_576;
        const expected =
          e.type === 'ref' && inGridRef(e.ref)
            ? { kind: 'cell', at: e.ref }
            : e.type === 'range' && inGridRef(e.start) && inGridRef(e.end)
              ? { kind: 'range', start: e.start, end: e.end }
              : null;
        expect(parseRef(t)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
