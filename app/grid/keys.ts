// Owns what a key does on the grid when no cell is being edited (spreadsheet conventions), as a pure
// function of the key and the selection, so it can be tested without a browser.

import type { Address } from '../state/document';
import type { Selection } from '../state/createSheetStore';
import { COLS, ROWS, clampAddress } from './geometry';
import { type Direction, jumpTarget } from './jump';
import { wholeColumnsOf, wholeRowsOf } from './whole';

export type GridCommand =
  | { kind: 'select'; selection: Selection }
  | { kind: 'edit'; initial: string | null }
  | { kind: 'clear' }
  | { kind: 'copy' }
  | { kind: 'cut' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** Ctrl+Shift+= inserts and Ctrl+- deletes rows or columns. */
  | { kind: 'structure'; change: 'insert' | 'delete' }
  /** Shift+F10 or the ContextMenu key. */
  | { kind: 'menu' }
  /** Ctrl+D fills down, Ctrl+R fills right. */
  | { kind: 'fill'; direction: 'down' | 'right' }
  /** Ctrl+Shift+V: the paste that follows pastes values. */
  | { kind: 'paste-values' }
  | { kind: 'none' };

/** What the keys that jump over data need to know about the sheet. */
export interface SheetData {
  filled(a: Address): boolean;
  /** The last used cell (Ctrl+End). */
  lastUsed(): Address;
}

const EMPTY_SHEET: SheetData = { filled: () => false, lastUsed: () => ({ col: 0, row: 0 }) };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export interface KeyInput {
  key: string;
  shift: boolean;
  /** Ctrl on Linux and Windows, Cmd on macOS. */
  mod: boolean;
  alt: boolean;
}

const MOVES: Record<string, Address> = {
  ArrowUp: { col: 0, row: -1 },
  ArrowDown: { col: 0, row: 1 },
  ArrowLeft: { col: -1, row: 0 },
  ArrowRight: { col: 1, row: 0 },
  Enter: { col: 0, row: 1 },
  Tab: { col: 1, row: 0 },
  PageDown: { col: 0, row: 20 },
  PageUp: { col: 0, row: -20 },
};

const at = (a: Address): Selection => ({ anchor: a, focus: a });

export function gridKey(k: KeyInput, sel: Selection, data: SheetData = EMPTY_SHEET): GridCommand {
  const { focus } = sel;
  // Shift extends from the anchor to where the key goes; without it the selection collapses there.
  const to = (a: Address): GridCommand => ({ kind: 'select', selection: k.shift ? { anchor: sel.anchor, focus: a } : at(a) });
  if ((k.key === 'F10' && k.shift && !k.mod) || k.key === 'ContextMenu') return { kind: 'menu' };
  if (k.mod && !k.alt) {
    if (k.key in ARROWS) return to(jumpTarget(focus, ARROWS[k.key], data.filled));
    if (k.key === 'End') return to(data.lastUsed());
    if (k.key === ' ') return { kind: 'select', selection: wholeColumnsOf(sel) };
    if (k.key === '+' || (k.key === '=' && k.shift)) return { kind: 'structure', change: 'insert' };
    if (k.key === '-') return { kind: 'structure', change: 'delete' };
    const key = k.key.toLowerCase();
    if (key === 'z') return { kind: k.shift ? 'redo' : 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (key === 'c') return { kind: 'copy' };
    if (key === 'x') return { kind: 'cut' };
    if (key === 'd') return { kind: 'fill', direction: 'down' };
    if (key === 'r') return { kind: 'fill', direction: 'right' };
    if (key === 'v' && k.shift) return { kind: 'paste-values' };
    // The active cell goes to A1, which the grid already shows (a selection of everything scrolls nowhere).
    if (key === 'a') return { kind: 'select', selection: { anchor: { col: COLS - 1, row: ROWS - 1 }, focus: { col: 0, row: 0 } } };
    if (k.key === 'Home') return to({ col: 0, row: 0 });
    return { kind: 'none' };
  }
  if (k.key in MOVES) {
    let d = MOVES[k.key];
    // Enter and Tab go back with Shift; arrows with Shift extend the selection instead.
    const reverse = k.shift && (k.key === 'Enter' || k.key === 'Tab');
    if (reverse) d = { col: -d.col, row: -d.row };
    const next = clampAddress({ col: focus.col + d.col, row: focus.row + d.row });
    if (k.shift && k.key.startsWith('Arrow')) return { kind: 'select', selection: { anchor: sel.anchor, focus: next } };
    return { kind: 'select', selection: at(next) };
  }
  if (k.key === 'Home') return { kind: 'select', selection: at({ col: 0, row: focus.row }) };
  if (k.key === ' ' && k.shift && !k.alt) return { kind: 'select', selection: wholeRowsOf(sel) };
  if (k.key === 'F2') return { kind: 'edit', initial: null };
  // As in Excel: Delete clears the selection, Backspace starts editing the cell empty.
  if (k.key === 'Delete') return { kind: 'clear' };
  if (k.key === 'Backspace') return { kind: 'edit', initial: '' };
  if (k.key.length === 1 && !k.alt) return { kind: 'edit', initial: k.key };
  return { kind: 'none' };
}
