// Owns whole-row and whole-column selections: making them, recognising them, and which rows or columns an
// insert or a delete acts on.

import type { Selection } from '../state/createSheetStore';
import { COLS, ROWS, rect } from './geometry';

/**
 * Columns `from` to `to` whole. The focus (the active cell) sits at the top of `to` and the anchor at the
 * bottom of `from`, so Shift+click and Shift+Arrow extend from `from` as in any spreadsheet.
 */
export const columnsSelection = (from: number, to: number): Selection => ({
  anchor: { col: from, row: ROWS - 1 },
  focus: { col: to, row: 0 },
});

/** Rows `from` to `to` whole, the active cell at the start of row `to`. */
export const rowsSelection = (from: number, to: number): Selection => ({
  anchor: { col: COLS - 1, row: from },
  focus: { col: 0, row: to },
});

export const spansAllColumns = (sel: Selection): boolean => {
  const r = rect(sel.anchor, sel.focus);
  return r.left === 0 && r.right === COLS - 1;
};

export const spansAllRows = (sel: Selection): boolean => {
  const r = rect(sel.anchor, sel.focus);
  return r.top === 0 && r.bottom === ROWS - 1;
};

/** Shift+Space: the rows the selection touches. */
export const wholeRowsOf = (sel: Selection): Selection => rowsSelection(sel.anchor.row, sel.focus.row);

/** Ctrl+Space: the columns the selection touches. */
export const wholeColumnsOf = (sel: Selection): Selection => columnsSelection(sel.anchor.col, sel.focus.col);

export type Axis = 'row' | 'col';

/** Where rows (or columns) go in or come out, before the sheet is named. */
export interface AxisSpan {
  axis: Axis;
  at: number;
  count: number;
}

/** The rows (or columns) of the selection. */
export function spanOf(sel: Selection, axis: Axis): AxisSpan {
  const r = rect(sel.anchor, sel.focus);
  return axis === 'row' ? { axis, at: r.top, count: r.bottom - r.top + 1 } : { axis, at: r.left, count: r.right - r.left + 1 };
}

/**
 * What Ctrl+Shift+= and Ctrl+- act on: whole columns when whole columns (and not every row and column) are
 * selected, otherwise the selection's rows. Excel asks in a dialog for a selection of cells; inserting or
 * deleting its rows is what that dialog's most used choice does, without a dialog in the way.
 */
export function shortcutAxis(sel: Selection): Axis {
  return spansAllRows(sel) && !spansAllColumns(sel) ? 'col' : 'row';
}
