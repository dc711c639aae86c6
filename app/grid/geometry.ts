// Owns the grid's geometry: its size, cell sizes, and which rows and columns a viewport shows.

import { columnName } from '../../formula/address';
import type { Rect } from '../../formula/ref-shift';
import type { Address } from '../state/document';

export const ROWS = 10_000;
export const COLS = 100;
export const ROW_HEIGHT = 26;
export const COL_WIDTH = 112;
export const HEADER_HEIGHT = 26;
export const ROW_HEADER_WIDTH = 52;
const OVERSCAN = 4;

export interface Span {
  first: number;
  last: number;
}

/** The rows (or columns) a viewport of `size` pixels scrolled to `offset` shows, with a margin. */
export function visibleSpan(offset: number, size: number, cell: number, count: number): Span {
  const first = Math.max(0, Math.floor(offset / cell) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((offset + size) / cell) + OVERSCAN);
  return { first, last };
}

/** Where each column sits when columns have their own widths (a sheet's `colWidths`, letter → px). */
export interface ColumnLayout {
  /** The x of a column's left edge from the first column's. */
  offset(col: number): number;
  width(col: number): number;
  /** The width of all columns together. */
  total: number;
  /** The column under x (clamped to the grid). */
  colAt(x: number): number;
  /** The columns a viewport `size` pixels wide scrolled to `offset` shows, with a margin. */
  span(offset: number, size: number): Span;
}

export function makeColumnLayout(widths: Record<string, number> | undefined, count = COLS, base = COL_WIDTH): ColumnLayout {
  // Prefix sums: starts[c] is column c's left edge, starts[count] the total.
  const starts = new Float64Array(count + 1);
  for (let c = 0; c < count; c++) starts[c + 1] = starts[c] + (widths?.[columnName(c)] ?? base);
  const colAt = (x: number): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    offset: (col) => starts[col],
    width: (col) => starts[col + 1] - starts[col],
    total: starts[count],
    colAt,
    span: (offset, size) => ({ first: Math.max(0, colAt(offset) - OVERSCAN), last: Math.min(count - 1, colAt(offset + size) + OVERSCAN) }),
  };
}

export function range(span: Span): number[] {
  const out: number[] = [];
  for (let i = span.first; i <= span.last; i++) out.push(i);
  return out;
}

export const clampAddress = (a: Address): Address => ({
  col: Math.max(0, Math.min(COLS - 1, a.col)),
  row: Math.max(0, Math.min(ROWS - 1, a.row)),
});

/** The rectangle between two corners, inclusive. */
export function rect(a: Address, b: Address): Rect {
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}
