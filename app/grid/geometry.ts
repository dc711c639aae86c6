// Owns the grid's geometry: its size, cell sizes, and which rows and columns a viewport shows.

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
