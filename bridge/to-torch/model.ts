// Owns the exporter's reading of a workbook file: its cells with their parsed formulas, its names and
// what they point at, the ranges formulas read, and the Python variable each cell and range gets.

import type { CellAddress, Expr, ParseFailure } from '../../formula/ast';
import { cellName, columnName, parseRef, qualifiedName } from '../../formula/address';
import { inputKind, type InputKind } from '../../formula/input-kind';
import { parseFormulaAt } from '../../formula/parse-cache';
import { cellInput, type WorkbookFile } from '../../storage/format';
import { identifierPart, isFreeIdentifier } from './py-text';

/** One non-empty cell of the file. */
export interface ModelCell {
  /** `Sheet1!A1`, as the sheet and the command line label it. */
  readonly label: string;
  readonly sheet: string;
  readonly col: number;
  readonly row: number;
  readonly input: string;
  readonly kind: InputKind;
  /** The formula's AST (after `=`), or why it does not parse; null for a constant. */
  readonly formula: Expr | ParseFailure | null;
  /**
   * The AST is shared with the cells filled from the same formula (formula/parse-cache.ts): its relative
   * references are written for the cell `dc` columns and `dr` rows before this one.
   */
  readonly dc: number;
  readonly dr: number;
  variable: string;
}

/** A rectangle of cells a formula or a name reads, as one stacked tensor. */
export interface ModelRange {
  readonly key: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  variable: string;
}

export type Target = { kind: 'cell'; key: string } | { kind: 'range'; range: ModelRange } | { kind: 'nothing'; why: string };

export interface BookModel {
  readonly cells: ModelCell[];
  /** Cells by `cellKey`. */
  readonly byKey: ReadonlyMap<string, ModelCell>;
  readonly ranges: Map<string, ModelRange>;
  /** Workbook names, lower-cased, and what they name. */
  readonly names: ReadonlyMap<string, Target>;
  /** The sheets' names by their lower-cased form, spelt as the file does. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly used: Set<string>;
  /** Some formula writes `after=` (a draw continuing another's generator): draws then keep their generator's state. */
  readonly chainsDraws: boolean;
}

export const cellKey = (sheet: string, col: number, row: number): string => `${sheet.toLowerCase()}!${col},${row}`;

/** Reads the file's cells, names and sheets, and gives every cell a variable. */
export function readModel(file: WorkbookFile): BookModel {
  const sheets = new Map(file.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const cells: ModelCell[] = [];
  const byKey = new Map<string, ModelCell>();
  for (const sheet of file.sheets) {
    for (const [key, entry] of Object.entries(sheet.cells)) {
      const ref = parseRef(key);
      const input = cellInput(entry);
      const kind = inputKind(input);
      if (ref?.kind !== 'cell' || kind === 'empty') continue;
      const { col, row } = ref.at;
      const placed = kind === 'formula' ? parseFormulaAt(input.slice(1), col, row) : null;
      const formula = placed === null ? null : 'type' in placed ? placed : placed.formula.ast;
      const [dc, dr] = placed === null || 'type' in placed ? [0, 0] : [placed.dc, placed.dr];
      const label = qualifiedName(sheet.name, col, row);
      const cell: ModelCell = { label, sheet: sheet.name, col, row, input, kind, formula, dc, dr, variable: '' };
      cells.push(cell);
      byKey.set(cellKey(sheet.name, col, row), cell);
    }
  }
  const chainsDraws = cells.some((c) => c.kind === 'formula' && /\bafter\s*=/i.test(c.input));
  const model: BookModel = { cells, byKey, ranges: new Map(), names: new Map(), sheets, used: new Set(), chainsDraws };
  const names = model.names as Map<string, Target>;
  for (const [name, target] of Object.entries(file.names ?? {})) names.set(name.toLowerCase(), nameTarget(model, target));
  nameVariables(model, file.names ?? {});
  return model;
}

function nameTarget(model: BookModel, text: string): Target {
  const ref = parseRef(text);
  if (ref === null) return { kind: 'nothing', why: `its target ${text} is not a cell or a range` };
  const sheetOf = (a: CellAddress): string | undefined =>
    a.sheet === null ? model.cells[0]?.sheet : model.sheets.get(a.sheet.toLowerCase());
  const start = ref.kind === 'cell' ? ref.at : ref.start;
  const sheet = sheetOf(start);
  if (sheet === undefined) return { kind: 'nothing', why: `its target ${text} is on no sheet of the workbook` };
  if (ref.kind === 'cell') return { kind: 'cell', key: cellKey(sheet, start.col, start.row) };
  return { kind: 'range', range: rangeOf(model, sheet, ref.start, ref.end) };
}

/** The range from `a` to `b` on `sheet`, made once per rectangle. */
export function rangeOf(model: BookModel, sheet: string, a: CellAddress, b: CellAddress): ModelRange {
  const [top, bottom] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
  const [left, right] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
  const key = `${sheet.toLowerCase()}!${left},${top}:${right},${bottom}`;
  let range = model.ranges.get(key);
  if (range === undefined) {
    range = { key, sheet, top, left, bottom, right, variable: '' };
    model.ranges.set(key, range);
  }
  return range;
}

/** The cells of a range, row by row, by key. */
export function rangeKeys(range: ModelRange): string[][] {
  const rows: string[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: string[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(cellKey(range.sheet, c, r));
    rows.push(row);
  }
  return rows;
}

/** Takes `wanted` if it is free (not a keyword, builtin or taken), else `wanted_2`, `wanted_3`, ... */
export function claim(used: Set<string>, wanted: string): string {
  let name = wanted;
  for (let n = 2; used.has(name.toLowerCase()) || !isFreeIdentifier(name); n++) name = `${identifierPart(wanted)}_${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** Workbook names first (the first name of a cell, in the file's order, when it is a usable identifier), then `Sheet1_B2`. */
function nameVariables(model: BookModel, names: Record<string, string>): void {
  for (const [name] of Object.entries(names)) {
    const target = model.names.get(name.toLowerCase());
    if (!isFreeIdentifier(name) || model.used.has(name.toLowerCase())) continue;
    if (target?.kind === 'cell') {
      const cell = model.byKey.get(target.key);
      if (cell === undefined || cell.variable !== '') continue;
      cell.variable = claim(model.used, name);
    } else if (target?.kind === 'range' && target.range.variable === '') target.range.variable = claim(model.used, name);
  }
  for (const cell of model.cells) {
    if (cell.variable === '') cell.variable = claim(model.used, `${identifierPart(cell.sheet)}_${cellName(cell.col, cell.row)}`);
  }
}

/** A range's variable, claimed on first use: `Sheet1_A1_B2`. */
export function rangeVariable(model: BookModel, range: ModelRange): string {
  if (range.variable === '') {
    const corner = (c: number, r: number): string => `${columnName(c)}${r + 1}`;
    range.variable = claim(
      model.used,
      `${identifierPart(range.sheet)}_${corner(range.left, range.top)}_${corner(range.right, range.bottom)}`,
    );
  }
  return range.variable;
}
