// Owns what a key does on the grid when no cell is being edited (spreadsheet conventions), as a pure
// function of the key and the selection, so it can be tested without a browser.

import type { Address } from '../state/document';
import type { Selection } from '../state/createSheetStore';
import { clampAddress } from './geometry';

export type GridCommand =
  | { kind: 'select'; selection: Selection }
  | { kind: 'edit'; initial: string | null }
  | { kind: 'clear' }
  | { kind: 'copy' }
  | { kind: 'cut' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** Ctrl+D fills down, Ctrl+R fills right. */
  | { kind: 'fill'; direction: 'down' | 'right' }
  /** Ctrl+Shift+V: the paste that follows pastes values. */
  | { kind: 'paste-values' }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  shift: boolean;
  /** Ctrl on Linux and Windows, Cmd on macOS. */
  mod: boolean;
  alt: boolean;
}

const MOVES: Record<string, Address> = {
  ArrowUp: { col: 0, row: -1 }, ArrowDown: { col: 0, row: 1 }, ArrowLeft: { col: -1, row: 0 }, ArrowRight: { col: 1, row: 0 },
  Enter: { col: 0, row: 1 }, Tab: { col: 1, row: 0 }, PageDown: { col: 0, row: 20 }, PageUp: { col: 0, row: -20 },
};

const at = (a: Address): Selection => ({ anchor: a, focus: a });

export function gridKey(k: KeyInput, sel: Selection): GridCommand {
  const { focus } = sel;
  if (k.mod && !k.alt) {
    const key = k.key.toLowerCase();
    if (key === 'z') return { kind: k.shift ? 'redo' : 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (key === 'c') return { kind: 'copy' };
    if (key === 'x') return { kind: 'cut' };
    if (key === 'd') return { kind: 'fill', direction: 'down' };
    if (key === 'r') return { kind: 'fill', direction: 'right' };
    if (key === 'v' && k.shift) return { kind: 'paste-values' };
    if (key === 'a') return { kind: 'select', selection: { anchor: { col: 0, row: 0 }, focus: { col: 99, row: 9999 } } };
    if (k.key === 'Home') return { kind: 'select', selection: at({ col: 0, row: 0 }) };
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
  if (k.key === 'F2') return { kind: 'edit', initial: null };
  // As in Excel: Delete clears the selection, Backspace starts editing the cell empty.
  if (k.key === 'Delete') return { kind: 'clear' };
  if (k.key === 'Backspace') return { kind: 'edit', initial: '' };
  if (k.key.length === 1 && !k.alt) return { kind: 'edit', initial: k.key };
  return { kind: 'none' };
}
