// Owns cell addresses as text: column letters, `A1` labels, sheet quoting, and parsing a reference
// a caller of the library or the command line writes (`A1`, `Sheet2!B3`, `'My sheet'!A1:B2`).

import type { CellAddress } from './ast';
import { parseFormula } from './to-ast';

/** The grid's size, as in Excel: columns A..XFD, rows 1..1,048,576. */
export const MAX_COLS = 16_384;
export const MAX_ROWS = 1_048_576;

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellName(col: number, row: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function inGrid(a: { col: number; row: number }): boolean {
  return a.col >= 0 && a.col < MAX_COLS && a.row >= 0 && a.row < MAX_ROWS;
}

/** A sheet name as a formula must write it: quoted unless it is a plain identifier (`Sheet1!A1`). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedName(sheet: string, col: number, row: number): string {
  return `${quoteSheet(sheet)}!${cellName(col, row)}`;
}

export type ParsedRef =
  | { kind: 'cell'; at: CellAddress }
  | { kind: 'range'; start: CellAddress; end: CellAddress };

const PLAIN_CELL = /^\s*(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})\s*$/;

/** Parses a reference or a range written as in a formula; null when the text is not one. */
export function parseRef(text: string): ParsedRef | null {
  // A plain address (every cell key of a workbook file) needs no parser.
  const m = PLAIN_CELL.exec(text);
  if (m !== null) {
    let col = 0;
    for (let i = 0; i < m[2].length; i++) col = col * 26 + ((m[2].charCodeAt(i) | 32) - 96);
    const at: CellAddress = { sheet: null, col: col - 1, row: Number(m[4]) - 1, colAbs: m[1] === '$', rowAbs: m[3] === '$' };
    return inGrid(at) ? { kind: 'cell', at } : null;
  }
  const e = parseFormula(text.trim());
  if (e.type === 'ref' && inGrid(e.ref)) return { kind: 'cell', at: e.ref };
  if (e.type === 'range' && inGrid(e.start) && inGrid(e.end)) return { kind: 'range', start: e.start, end: { ...e.end, sheet: e.start.sheet } };
  return null;
}
