import { describe, expect, it } from 'vitest';
import { COLS, ROWS } from './geometry';
import { columnsSelection, rowsSelection, shortcutAxis, spanOf, spansAllColumns, spansAllRows, wholeColumnsOf, wholeRowsOf } from './whole';

const cells = (c1: number, r1: number, c2: number, r2: number) => ({ anchor: { col: c1, row: r1 }, focus: { col: c2, row: r2 } });

describe('whole rows and columns', () => {
  it('a column selection spans every row with the active cell on top', () => {
    const s = columnsSelection(2, 4);
    expect(s.focus).toEqual({ col: 4, row: 0 });
    expect(spansAllRows(s)).toBe(true);
    expect(spansAllColumns(s)).toBe(false);
    expect(spanOf(s, 'col')).toEqual({ axis: 'col', at: 2, count: 3 });
  });

  it('a row selection spans every column with the active cell at its start', () => {
    const s = rowsSelection(7, 5);
    expect(s.focus).toEqual({ col: 0, row: 5 });
    expect(spansAllColumns(s)).toBe(true);
    expect(spanOf(s, 'row')).toEqual({ axis: 'row', at: 5, count: 3 });
  });

  it('Shift+Space and Ctrl+Space take the rows and columns a selection touches', () => {
    expect(wholeRowsOf(cells(1, 3, 2, 6))).toEqual(rowsSelection(3, 6));
    expect(wholeColumnsOf(cells(1, 3, 2, 6))).toEqual(columnsSelection(1, 2));
  });

  it('the shortcuts act on whole columns when those are selected, else on the rows', () => {
    expect(shortcutAxis(columnsSelection(1, 1))).toBe('col');
    expect(shortcutAxis(rowsSelection(1, 1))).toBe('row');
    expect(shortcutAxis(cells(1, 1, 3, 3))).toBe('row');
    expect(shortcutAxis(cells(0, 0, COLS - 1, ROWS - 1))).toBe('row');
  });
});
