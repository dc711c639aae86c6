// Owns the rules of editing a cell as Excel has them, as pure functions: what an arrow key does in each
// mode, where a commit moves the selection, what a click elsewhere does, and Ctrl+Enter's fill.

import { labelOf, type Address } from '../state/document';
import { insertableAt } from './point-mode';

/**
 * Enter: typing started on the cell, so an arrow commits and moves. Edit (F2, a double-click, the formula
 * bar): arrows move the caret. Point is shown while a pointed reference is live (see `EditSession`).
 */
export type EditMode = 'enter' | 'edit';

/** How an edit ends: by a key that moves the selection, or in place. */
export type CommitMove = 'enter' | 'shift-enter' | 'tab' | 'shift-tab' | 'up' | 'down' | 'left' | 'right' | 'stay';

export type Arrow = 'up' | 'down' | 'left' | 'right';

export const ARROWS: Record<string, Arrow> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

const DELTAS: Record<CommitMove, Address> = {
  enter: { col: 0, row: 1 },
  'shift-enter': { col: 0, row: -1 },
  tab: { col: 1, row: 0 },
  'shift-tab': { col: -1, row: 0 },
  down: { col: 0, row: 1 },
  up: { col: 0, row: -1 },
  right: { col: 1, row: 0 },
  left: { col: -1, row: 0 },
  stay: { col: 0, row: 0 },
};

/** The cell a commit moves to from `a` (unclamped). */
export const moved = (a: Address, how: CommitMove): Address => ({ col: a.col + DELTAS[how].col, row: a.row + DELTAS[how].row });

export interface Caret {
  from: number;
  to: number;
}

/**
 * What an arrow key does in the editor: move the live pointed reference, start pointing (a formula at a
 * point where a reference may go, in Enter mode), commit and move (Enter mode otherwise), or move the caret.
 */
export function arrowAction(mode: EditMode, pointing: boolean, text: string, caret: Caret): 'point' | 'commit' | 'caret' {
  if (pointing) return 'point';
  if (mode === 'edit') return 'caret';
  return insertableAt(text, caret.from, caret.to) ? 'point' : 'commit';
}

/**
 * What a click on a cell does while a cell is being edited. A formula never commits from a click: at a
 * point where a reference may go (or while pointing) the cell's reference goes in, otherwise the edit
 * simply stays open. A plain value commits, and the click selects the cell, as in Excel.
 */
export function clickAction(pointing: boolean, text: string, caret: Caret): 'point' | 'keep' | 'commit' {
  if (!text.startsWith('=')) return 'commit';
  return pointing || insertableAt(text, caret.from, caret.to) ? 'point' : 'keep';
}

/** Shifts a formula's relative references by columns and rows (pasting and filling do this). */
export type Translate = (input: string, dc: number, dr: number) => string;

/** Ctrl+Enter: `text`, typed at `origin`, into every cell of the selected rectangle, its references shifted for each. */
export function fillEdits(
  sheet: string,
  r: { top: number; left: number; bottom: number; right: number },
  origin: Address,
  text: string,
  translate: Translate,
): [string, string][] {
  const out: [string, string][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++)
      out.push([labelOf(sheet, { col, row }), translate(text, col - origin.col, row - origin.row)]);
  }
  return out;
}
