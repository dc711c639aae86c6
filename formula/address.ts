// Owns the rules of addresses and names as text, for every folder that may import formula: column
// letters both ways, cell words (`A1`), names (`learning_rate`), sheet quoting, `$A$1` labels, and
// reading a reference a caller of the library, the command line or the Name Box writes (`A1`,
// `Sheet2!B3`, `'My sheet'!A1:B2`). The grammar's tokens and to-ast.ts read references by these rules too.

import type { CellAddress } from './ast';

/** The grid's size, as in Excel: columns A..XFD, rows 1..1,048,576. */
export const MAX_COLS = 16_384;
export const MAX_ROWS = 1_048_576;

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CELL_WORD = /^[A-Za-z]+[0-9]+$/;

/** A plain identifier: a name, a sheet that needs no quotes, a word the grammar reads as one token. */
export const isPlainName = (text: string): boolean => PLAIN_NAME.test(text);

/** Letters then digits and nothing else: as in spreadsheets, such a word is always a reference (SPEC §3). */
export const isCellWord = (text: string): boolean => CELL_WORD.test(text);

/** Whether a workbook name may be `name`: a plain identifier that does not read as a cell. */
export const isAllowedName = (name: string): boolean => isPlainName(name) && !isCellWord(name);

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 0-based column of the letters `text[from, to)`, either case (`A` is 0, `AA` 26); no check that they are letters. */
export function columnIndex(text: string, from = 0, to = text.length): number {
  let col = 0;
  for (let i = from; i < to; i++) col = col * 26 + ((text.charCodeAt(i) | 32) - 96);
  return col - 1;
}

export function cellName(col: number, row: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** An address as a formula writes it, with its `$` anchors and without its sheet: `$B3`. */
export function addressText(a: CellAddress): string {
  return `${a.colAbs ? '$' : ''}${columnName(a.col)}${a.rowAbs ? '$' : ''}${a.row + 1}`;
}

export function inGrid(a: { col: number; row: number }): boolean {
  return a.col >= 0 && a.col < MAX_COLS && a.row >= 0 && a.row < MAX_ROWS;
}

/** A sheet name as a formula must write it: quoted unless it is a plain identifier (`Sheet1!A1`). */
export function quoteSheet(name: string): string {
  return isPlainName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as written before `!`: quoted (`'My sheet'`, with `''` for a quote) or bare. */
export function unquoteSheet(text: string): string {
  return text.length >= 2 && text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}

export function qualifiedName(sheet: string, col: number, row: number): string {
  return `${quoteSheet(sheet)}!${cellName(col, row)}`;
}

/** One cell's part of a reference, `$` anchors captured: the grammar's `cell` token. */
export const CELL_PART = /(\$?)([A-Za-z]+)(\$?)([0-9]+)/;

const CELL = new RegExp(`^${CELL_PART.source}$`);
const REFERENCE = new RegExp(
  `^(?:(?<sheet>'(?:[^']|'')*'|${PLAIN_NAME.source.slice(1, -1)})!)?(?<start>${CELL_PART.source})(?::(?<end>${CELL_PART.source}))?$`,
);

/** An address written as `$?letters$?digits` on `sheet`, or null when the text is not one (it may lie outside the grid). */
export function decodeCell(text: string, sheet: string | null = null): CellAddress | null {
  const m = CELL.exec(text);
  if (m === null) return null;
  return { sheet, col: columnIndex(m[2]), row: Number(m[4]) - 1, colAbs: m[1] === '$', rowAbs: m[3] === '$' };
}

/** A reference's text split as the grammar's reference tokens are: its sheet (unquoted), first cell and last. */
export function readReference(text: string): { sheet: string | null; start: CellAddress; end: CellAddress | null } | null {
  const m = REFERENCE.exec(text)?.groups;
  if (m?.start === undefined) return null;
  const sheet = m.sheet === undefined ? null : unquoteSheet(m.sheet);
  return { sheet, start: decodeCell(m.start, sheet)!, end: m.end === undefined ? null : decodeCell(m.end, sheet) };
}

export type ParsedRef = { kind: 'cell'; at: CellAddress } | { kind: 'range'; start: CellAddress; end: CellAddress };

/** Parses a reference or a range inside the grid, written as in a formula; null when the text is not one. */
export function parseRef(text: string): ParsedRef | null {
  const trimmed = text.trim();
  // A plain address (every cell key of a workbook file) takes one regex.
  const plain = decodeCell(trimmed);
  if (plain !== null) return inGrid(plain) ? { kind: 'cell', at: plain } : null;
  const r = readReference(trimmed);
  if (r === null || !inGrid(r.start)) return null;
  if (r.end === null) return { kind: 'cell', at: r.start };
  return inGrid(r.end) ? { kind: 'range', start: r.start, end: r.end } : null;
}
