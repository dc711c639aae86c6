// Owns filling, as spreadsheets do: Ctrl+D copies the top row of the selection down it, Ctrl+R the left
// column across it, and dragging the fill handle repeats the selection over the cells dragged to; relative
// references move with each copy. Pure: the grid applies the plan.

import type { Rect } from '../../formula/ref-shift';
import type { Address } from '../state/document';
import { type PastePlan, placeBlock } from './paste';

export type FillDirection = 'down' | 'right';

type InputAt = (col: number, row: number) => string;

function block(r: Rect, inputAt: InputAt): string[][] {
  const rows: string[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: string[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(inputAt(col, row));
    rows.push(line);
  }
  return rows;
}

/**
 * Ctrl+D and Ctrl+R. A selection one row high fills from the row above it (one column wide: from the
 * column to its left), as in Excel; null when there is nothing to fill from.
 */
export function fillSelection(
  sel: Rect,
  direction: FillDirection,
  inputAt: InputAt,
  size: { cols: number; rows: number },
): PastePlan | null {
  const down = direction === 'down';
  const single = down ? sel.top === sel.bottom : sel.left === sel.right;
  const source: Rect = down
    ? { ...sel, top: single ? sel.top - 1 : sel.top, bottom: single ? sel.top - 1 : sel.top }
    : { ...sel, left: single ? sel.left - 1 : sel.left, right: single ? sel.left - 1 : sel.left };
  if (source.top < 0 || source.left < 0) return null;
  const target: Rect = down ? { ...sel, top: source.top + 1 } : { ...sel, left: source.left + 1 };
  return placeBlock(block(source, inputAt), target, { col: source.left, row: source.top }, size, true);
}

/** The cells a fill handle dragged to `pointer` fills: below the selection or to its right, whichever it went further. */
export function dragTarget(sel: Rect, pointer: Address): Rect | null {
  const down = pointer.row - sel.bottom;
  const right = pointer.col - sel.right;
  if (down <= 0 && right <= 0) return null;
  return down >= right ? { ...sel, top: sel.bottom + 1, bottom: pointer.row } : { ...sel, left: sel.right + 1, right: pointer.col };
}

/** The selection repeated over the target of a drag. */
export function fillDrag(sel: Rect, target: Rect, inputAt: InputAt, size: { cols: number; rows: number }): PastePlan | null {
  return placeBlock(block(sel, inputAt), target, { col: sel.left, row: sel.top }, size, true);
}
