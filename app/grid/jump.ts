// Owns Ctrl+Arrow and Ctrl+End: where a jump to the edge of the data lands, as pure functions of which
// cells are filled, by Excel's rules.

import { parseRef } from '../../formula/address';
import type { Address } from '../state/document';
import { COLS, ROWS } from './geometry';

export type Direction = 'up' | 'down' | 'left' | 'right';

const STEPS: Record<Direction, Address> = {
  up: { col: 0, row: -1 },
  down: { col: 0, row: 1 },
  left: { col: -1, row: 0 },
  right: { col: 1, row: 0 },
};

export interface GridSize {
  cols: number;
  rows: number;
}

/**
 * From a filled cell whose neighbour is filled, the last filled cell before an empty one; otherwise the next
 * filled cell; otherwise the sheet's edge.
 */
export function jumpTarget(
  from: Address,
  dir: Direction,
  filled: (a: Address) => boolean,
  size: GridSize = { cols: COLS, rows: ROWS },
): Address {
  const d = STEPS[dir];
  const inside = (a: Address) => a.col >= 0 && a.col < size.cols && a.row >= 0 && a.row < size.rows;
  const step = (a: Address): Address => ({ col: a.col + d.col, row: a.row + d.row });
  let at = step(from);
  if (!inside(at)) return from;
  if (filled(from) && filled(at)) {
    for (let next = step(at); inside(next) && filled(next); next = step(next)) at = next;
    return at;
  }
  for (; !filled(at); at = step(at)) {
    const next = step(at);
    if (!inside(next)) return at;
  }
  return at;
}

/** Ctrl+End's cell: the largest used row by the largest used column (A1 on an empty sheet). */
export function lastUsed(cellKeys: Iterable<string>): Address {
  let col = 0;
  let row = 0;
  for (const key of cellKeys) {
    const p = parseRef(key);
    if (p?.kind !== 'cell') continue;
    col = Math.max(col, p.at.col);
    row = Math.max(row, p.at.row);
  }
  return { col, row };
}
