// Owns parsing a cell's formula once per pattern: formulas that differ only by where they sit (a
// filled-down `=A1*2`, `=A2*2`, …) share one parse, one compiled formula and one reading of their
// dependencies, as HyperFormula shares its relative ASTs. A cell keeps the shared formula and its
// offset from the cell the parse was written for; references move by that offset when evaluated.

import { columnIndex } from './address';
import type { Expr, ParseFailure } from './ast';
import type { FormulaDeps } from './deps';
import type { CompiledFormula } from './evaluate';
import { references } from './references';
import { parseFormula } from './to-ast';

/** A parsed formula as the cells that share it keep it; compiled and read for dependencies once. */
export interface SharedFormula {
  readonly ast: Expr;
  compiled: CompiledFormula | null;
  deps: FormulaDeps | null;
}

/** A cell's formula: the shared one, and the cell's offset (columns, rows) from where it was parsed. */
export interface PlacedFormula {
  readonly formula: SharedFormula;
  readonly dc: number;
  readonly dr: number;
}

const own = (ast: Expr): PlacedFormula => ({ formula: { ast, compiled: null, deps: null }, dc: 0, dr: 0 });

interface Pattern {
  /** The formula text with each candidate written relative to its cell, e.g. `⟨-0,-1,2⟩*2`. */
  key: string;
  /** Where each candidate sits in the text. */
  spans: { from: number; to: number }[];
}

const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const BACKSLASH = 92;
const DOLLAR = 36;
const BANG = 33; // !

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95 || c === DOLLAR;

/**
 * The pattern of `text` at (col, row). Strings and quoted
 * sheet names are skipped whole; a word is a candidate when the whole word is `$?` 1-3 letters `$?`
 * 1-7 digits and it does not name a sheet (`AB1!…`). The grammar reads every such word as a
 * reference (SPEC §3); that the candidates are exactly the AST's addresses is still checked before
 * a parse is shared. A hand-written scan: this runs for every formula of a workbook being opened.
 */
function patternOf(text: string, col: number, row: number): Pattern {
  let key = '';
  let last = 0;
  let spans: { from: number; to: number }[] | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      for (i++; i < n && text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
      i++;
    } else if (c === APOSTROPHE) {
      for (i++; i < n; i++) {
        if (text.charCodeAt(i) !== APOSTROPHE) continue;
        if (text.charCodeAt(i + 1) !== APOSTROPHE) break;
        i++;
      }
      i++;
    } else if (isWordChar(c)) {
      const from = i;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      const part = i < n && text.charCodeAt(i) === BANG ? null : relativeAddress(text, from, i, col, row);
      if (part !== null) {
        key += `${text.slice(last, from)}\u0001${part},${i - from}\u0001`;
        last = i;
        (spans ??= []).push({ from, to: i });
      }
    } else i++;
  }
  // A formula with no candidates (`=1`, `=rand()`) is its own pattern: every cell holding it shares one parse.
  return { key: key + text.slice(last), spans: spans ?? [] };
}

/** `text[from, to)` as `col,row` relative to the cell (absolute parts as `$n`), or null if it is no address. */
function relativeAddress(text: string, from: number, to: number, col: number, row: number): string | null {
  let i = from;
  const colAbs = text.charCodeAt(i) === DOLLAR;
  if (colAbs) i++;
  const lettersFrom = i;
  while (i < to && isLetter(text.charCodeAt(i))) i++;
  if (i === lettersFrom || i - lettersFrom > 3) return null;
  const c = columnIndex(text, lettersFrom, i);
  const rowAbs = text.charCodeAt(i) === DOLLAR;
  if (rowAbs) i++;
  let r = 0;
  const digitsFrom = i;
  for (; i < to && isDigit(text.charCodeAt(i)); i++) r = r * 10 + (text.charCodeAt(i) - 48);
  if (i !== to || i === digitsFrom || i - digitsFrom > 7) return null;
  return `${colAbs ? `$${c}` : c - col},${rowAbs ? `$${r - 1}` : r - 1 - row}`;
}

interface Template {
  formula: SharedFormula;
  col: number;
  row: number;
}

// Keyed by pattern; null marks a pattern whose candidates are not all references (never shared).
const templates = new Map<string, Template | null>();
const MAX_TEMPLATES = 20_000;

/**
 * Parses the formula of the cell at (col, row): the first formula of a pattern is parsed, the others
 * share it at their offset. Spans hold for every sharer, since the key keeps each reference's length.
 */
export function parseFormulaAt(text: string, col: number, row: number): PlacedFormula | ParseFailure {
  const pattern = patternOf(text, col, row);
  const known = templates.get(pattern.key);
  // Without references the offset means nothing: such cells share their origin too (book.ts).
  if (known)
    return pattern.spans.length === 0
      ? { formula: known.formula, dc: 0, dr: 0 }
      : { formula: known.formula, dc: col - known.col, dr: row - known.row };
  const ast = parseFormula(text);
  if (ast.type === 'parse-error') return ast;
  const placed = own(ast);
  if (known === null) return placed;
  if (templates.size >= MAX_TEMPLATES) templates.clear();
  templates.set(pattern.key, referencesMatch(ast, pattern.spans) ? { formula: placed.formula, col, row } : null);
  return placed;
}

/** Whether the candidates found by the scan are exactly the AST's cell addresses. */
function referencesMatch(ast: Expr, spans: readonly { from: number; to: number }[]): boolean {
  const refs = references(ast).map((e) => ({ from: e.from, to: e.to, addresses: e.type === 'ref' ? 1 : 2 }));
  const addresses = refs.reduce((n, r) => n + r.addresses, 0);
  return addresses === spans.length && spans.every((s) => refs.some((r) => r.from <= s.from && s.to <= r.to));
}
