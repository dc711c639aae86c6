// Owns rewriting the references in a formula's text when cells are pasted, filled, moved, or rows and
// columns are inserted or deleted, by Excel's rules. Only the references that change are rewritten; every
// other character stays as typed. A reference whose cells are gone becomes `#REF!`.

import type { CellAddress } from './ast';
import { MAX_COLS, MAX_ROWS, addressText, quoteSheet } from './address';
import { type ReferenceExpr, references } from './references';
import { parseFormula } from './to-ast';

/** A block of cells, inclusive, 0-based. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rows or columns inserted before `at` (0-based), or deleted from `at` on, on one sheet. */
export interface Structural {
  sheet: string;
  axis: 'row' | 'col';
  kind: 'insert' | 'delete';
  at: number;
  count: number;
}

/** A cut block: the cells of `from` on `sheet` now sit on `toSheet` with their top-left corner at `to`. */
export interface Move {
  sheet: string;
  from: Rect;
  toSheet: string;
  to: { col: number; row: number };
}

/** Where a reference points: its sheet (null when unwritten and unknown), its first cell and, for a range, its last. */
interface Target {
  sheet: string | null;
  start: CellAddress;
  end: CellAddress | null;
}

/** A target's new place, or null when its cells are gone. */
type Rewrite = (t: Target) => Target | null;

/** The input pasted or filled (dc, dr) away from where it was written: relative parts move, `$` parts stay. */
export function translateInput(input: string, dc: number, dr: number): string {
  if (dc === 0 && dr === 0) return input;
  const move = (a: CellAddress): CellAddress | null =>
    placed({ ...a, col: a.colAbs ? a.col : a.col + dc, row: a.rowAbs ? a.row : a.row + dr });
  return rewriteInput(input, null, null, (t) => {
    const start = move(t.start);
    const end = t.end === null ? null : move(t.end);
    return start === null || (t.end !== null && end === null) ? null : { ...t, start, end };
  });
}

/** The input of a cell on `formulaSheet` after rows or columns were inserted or deleted on `change.sheet`. */
export function restructureInput(input: string, formulaSheet: string, change: Structural): string {
  if (change.count <= 0) return input;
  const sheet = change.sheet.toLowerCase();
  return rewriteInput(input, formulaSheet, formulaSheet, (t) => (t.sheet?.toLowerCase() === sheet ? restructure(t, change) : t));
}

/**
 * The input of a cell on `formulaSheet` after the block `move.from` was cut and pasted at `move.to`:
 * references into the block follow its cells, and references to the cells the paste covered become
 * `#REF!` (Excel). `livesOn` is the sheet the formula itself is on afterwards (it differs for a formula
 * inside the moved block), so that its references to other cells keep naming their sheet.
 */
export function moveInput(input: string, formulaSheet: string, move: Move, livesOn: string = formulaSheet): string {
  const dc = move.to.col - move.from.left;
  const dr = move.to.row - move.from.top;
  const dest: Rect = { top: move.from.top + dr, bottom: move.from.bottom + dr, left: move.from.left + dc, right: move.from.right + dc };
  const same = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.toLowerCase();
  return rewriteInput(input, formulaSheet, livesOn, (t) => {
    if (same(t.sheet, move.sheet) && within(t, move.from)) {
      const shift = (a: CellAddress): CellAddress | null => placed({ ...a, col: a.col + dc, row: a.row + dr });
      const start = shift(t.start);
      const end = t.end === null ? null : shift(t.end);
      return start === null || (t.end !== null && end === null) ? null : { sheet: move.toSheet, start, end };
    }
    return same(t.sheet, move.toSheet) && within(t, dest) ? null : t;
  });
}

function placed(a: CellAddress): CellAddress | null {
  return a.col >= 0 && a.col < MAX_COLS && a.row >= 0 && a.row < MAX_ROWS ? a : null;
}

function within(t: Target, r: Rect): boolean {
  const inside = (a: CellAddress) => a.row >= r.top && a.row <= r.bottom && a.col >= r.left && a.col <= r.right;
  return inside(t.start) && (t.end === null || inside(t.end));
}

function restructure(t: Target, change: Structural): Target | null {
  const key = change.axis === 'row' ? 'row' : 'col';
  const end = t.end ?? t.start;
  const [lo, hi] = t.start[key] <= end[key] ? [t.start[key], end[key]] : [end[key], t.start[key]];
  const span = change.kind === 'insert' ? inserted(lo, hi, change) : deleted(lo, hi, change);
  if (span === null || span[1] >= (key === 'row' ? MAX_ROWS : MAX_COLS)) return null;
  const [startAt, endAt] = t.start[key] <= end[key] ? span : [span[1], span[0]];
  return { ...t, start: { ...t.start, [key]: startAt }, end: t.end === null ? null : { ...t.end, [key]: endAt } };
}

// A span (a cell's row, or a range's rows) after an insertion: past the point it moves; across it, it grows.
function inserted(lo: number, hi: number, { at, count }: Structural): [number, number] {
  if (hi < at) return [lo, hi];
  return lo >= at ? [lo + count, hi + count] : [lo, hi + count];
}

// A span after a deletion: past the band it moves back, inside it it is gone, across it it shrinks.
function deleted(lo: number, hi: number, { at, count }: Structural): [number, number] | null {
  const end = at + count;
  if (hi < at) return [lo, hi];
  if (lo >= end) return [lo - count, hi - count];
  if (lo >= at && hi < end) return null;
  return [lo < at ? lo : at, hi >= end ? hi - count : at - 1];
}

/**
 * Applies `rewrite` to every reference of a formula input. `formulaSheet` is what a reference without a
 * sheet means (null: unknown, and then it stays without one); `livesOn` is the formula's sheet afterwards.
 */
function rewriteInput(input: string, formulaSheet: string | null, livesOn: string | null, rewrite: Rewrite): string {
  if (!input.startsWith('=')) return input;
  const text = input.slice(1);
  const ast = parseFormula(text);
  if (ast.type === 'parse-error') return input;
  let out = text;
  for (const e of references(ast).sort((a, b) => b.from - a.from)) {
    const next = rewriteOne(text, e, formulaSheet, livesOn, rewrite);
    if (next !== null) out = out.slice(0, e.from) + next + out.slice(e.to);
  }
  return `=${out}`;
}

/** The new text of one reference, or null to keep it as typed. */
function rewriteOne(text: string, e: ReferenceExpr, formulaSheet: string | null, livesOn: string | null, rewrite: Rewrite): string | null {
  const start = e.type === 'ref' ? e.ref : e.start;
  const end = e.type === 'ref' ? null : e.end;
  const written = start.sheet;
  const before: Target = { sheet: written ?? formulaSheet, start, end };
  const after = rewrite(before);
  if (after === null) return '#REF!';
  const sameSheet = after.sheet?.toLowerCase() === before.sheet?.toLowerCase();
  const keepsPrefix = written !== null || after.sheet?.toLowerCase() === livesOn?.toLowerCase();
  if (sameSheet && keepsPrefix && sameAddress(start, after.start) && (end === null || sameAddress(end, after.end))) return null;
  const prefix =
    sameSheet && written !== null ? (text.slice(e.from, e.to).match(SHEET_PREFIX)?.[0] ?? '') : sheetPrefix(after.sheet, livesOn);
  return prefix + addressText(after.start) + (after.end === null ? '' : `:${addressText(after.end)}`);
}

const SHEET_PREFIX = /^(?:'(?:[^']|'')*'|[^!]*)!/;

// A reference to the formula's own sheet needs no sheet; one that moved to another sheet names it.
function sheetPrefix(sheet: string | null, livesOn: string | null): string {
  if (sheet === null || sheet.toLowerCase() === livesOn?.toLowerCase()) return '';
  return `${quoteSheet(sheet)}!`;
}

function sameAddress(a: CellAddress, b: CellAddress | null): boolean {
  return b !== null && a.col === b.col && a.row === b.row;
}
