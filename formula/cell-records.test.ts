import { describe, expect, it } from 'vitest';
import { isError } from '../engine/errors';
import { type Cell, CellRecords } from './cell-records';

function records() {
  let id = 1;
  const made: Cell[] = [];
  const r = new CellRecords(
    () => id++,
    (_sheet, cell) => made.push(cell),
  );
  r.addSheet('Sheet1');
  r.addSheet('My sheet');
  return { r, made };
}

describe('cell records', () => {
  it('makes a record once per address, telling of each new one', () => {
    const { r, made } = records();
    const a = r.cellAt(r.sheets[0], 0, 0);
    expect(r.cellAt(r.sheets[0], 0, 0)).toBe(a);
    expect(made).toEqual([a]);
    expect(r.find(r.sheets[1], 0, 0)).toBeUndefined();
    expect(r.byId.get(a.id)).toBe(a);
  });

  it('finds a cell from a label with an unquoted sheet name, a formula reference, or a bare address', () => {
    const { r } = records();
    expect(r.locate('My sheet!B2')).toMatchObject({ sheet: r.sheets[1], col: 1, row: 1 });
    expect(r.locate("'My sheet'!B2")).toMatchObject({ sheet: r.sheets[1], col: 1, row: 1 });
    expect(r.locate('c3')).toMatchObject({ sheet: r.sheets[0], col: 2, row: 2 });
    const missing = r.locate('Nope!A1');
    expect(isError(missing) && missing.message).toBe('no sheet named "Nope"');
    expect(isError(r.locate('A1:B2'))).toBe(true);
  });

  it('labels a cell after its sheet, and again once the sheet is renamed', () => {
    const { r } = records();
    const c = r.cellAt(r.sheets[1], 27, 9);
    expect(r.label(c)).toBe('My sheet!AB10');
    r.sheets[1].name = 'Other';
    expect(r.label(c)).toBe('Other!AB10');
  });

  it('lists cells with an input sheet by sheet, in row-major order', () => {
    const { r } = records();
    for (const [s, col, row] of [
      [1, 0, 0],
      [0, 1, 1],
      [0, 0, 1],
      [0, 5, 0],
    ] as const)
      r.assign(r.cellAt(r.sheets[s], col, row), '1');
    r.cellAt(r.sheets[0], 9, 9);
    expect(r.withInput().map((c) => r.label(c))).toEqual(['Sheet1!F1', 'Sheet1!A2', 'Sheet1!B2', 'My sheet!A1']);
  });

  it('keeps the rest of a cell object from the file, and compiles the input', () => {
    const { r } = records();
    const c = r.cellAt(r.sheets[0], 0, 0);
    r.assign(c, { input: '=1+1', note: 'hi' });
    expect(c.extra).toEqual({ note: 'hi' });
    expect(c.formula).not.toBeNull();
    r.assign(c, '2');
    expect([c.extra, c.formula, c.constant.kind]).toEqual([null, null, 'tensor']);
  });

  it('forgets a removed sheet and its cells', () => {
    const { r } = records();
    const c = r.cellAt(r.sheets[1], 0, 0);
    expect(r.removeSheet(r.sheets[1])).toEqual([c]);
    expect(r.byId.has(c.id)).toBe(false);
    expect(r.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
