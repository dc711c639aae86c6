// Owns the Runtime: what the evaluator may ask of the workbook while one cell computes.

import type { CellError } from '../engine/errors';
import type { Tensor } from '../engine/tensor';

/** A `backward(y, v)` call: `x.grad` sums vᵀ·∂y/∂x over them; with create_graph, `.grad` shows its grad_fn. */
export interface BackwardRoot {
  readonly y: Tensor;
  readonly v: Tensor;
  readonly createGraph: boolean;
}
import type { CellValue } from '../engine/value';
import { inGrid } from './address';
import type { CellAddress } from './ast';

/**
 * Where a formula's references start from: the sheet it was written on (for references without one)
 * and how far its cell sits from the cell its shared parse was written for (relative parts move by
 * that much; see parse-cache.ts).
 */
export interface Origin {
  readonly sheet: string;
  readonly dc: number;
  readonly dr: number;
}

/** Where a (possibly shared) address lands for the formula at `from`: relative parts move. */
export const placedCol = (a: CellAddress, from: Origin): number => (a.colAbs ? a.col : a.col + from.dc);
export const placedRow = (a: CellAddress, from: Origin): number => (a.rowAbs ? a.row : a.row + from.dr);

/** The rows and columns a (possibly shared) range covers for the formula at `from`; null when it leaves the grid. */
export function placedRange(start: CellAddress, end: CellAddress, from: Origin): { r0: number; r1: number; c0: number; c1: number } | null {
  const [sc, sr, ec, er] = [placedCol(start, from), placedRow(start, from), placedCol(end, from), placedRow(end, from)];
  if (!inGrid({ col: sc, row: sr }) || !inGrid({ col: ec, row: er })) return null;
  return { r0: Math.min(sr, er), r1: Math.max(sr, er), c0: Math.min(sc, ec), c1: Math.max(sc, ec) };
}

/** A range's cells, row by row, from its top-left cell (col0, row0). */
export interface RangeCells {
  rows: number;
  cols: number;
  col0: number;
  row0: number;
  values: CellValue[];
}

export interface Runtime {
  /** The cell being computed, e.g. `Sheet1!A1` (error origins, non-finite flags). */
  readonly cell: string;
  /** The next number of this cell's seeded random stream. */
  random(): number;
  /** A cell's current value. */
  readCell(at: CellAddress, from: Origin): CellValue;
  /** A range as a 2-D tensor [rows, cols] of its cells' numbers, differentiable in each cell. */
  readRange(start: CellAddress, end: CellAddress, from: Origin): CellValue;
  /** The values of the cells of a range, row by row, for `grad` with respect to a range. */
  rangeCells(start: CellAddress, end: CellAddress, from: Origin): RangeCells | CellError;
  /** A workbook name's value; undefined when the workbook has no such name. */
  readName(name: string): CellValue | undefined;
  /** Whether the workbook has a name (case-insensitive). */
  hasName(name: string): boolean;
  /** The workbook's names as the user spelled them (for "did you mean"). */
  workbookNames(): readonly string[];
  /** The range a workbook name points at, as `grad` needs it cell by cell; null for a name of one cell or no name. */
  nameRange(name: string): { start: CellAddress; end: CellAddress; from: Origin } | null;
  /** Records `backward(y, v)` in this cell as a backward root. */
  declareBackward(y: Tensor, v: Tensor, createGraph: boolean): void;
  /** `x.grad`: the sum over every backward root in the workbook of d(root)/dx. */
  accumulatedGrad(x: Tensor): CellValue;
  /** Whether this cell's value may be differentiated: it or a cell reading it takes a gradient. */
  mayDifferentiate(): boolean;
  /** Whether a gradient this cell takes may itself be differentiated: by another in its formula, or downstream. */
  gradientDifferentiated(): boolean;
  /** Records that this cell dropped history, or kept none for a gradient (a gradient taken later recomputes it). */
  historyDropped(): void;
}

let current: Runtime | null = null;

/** The runtime of the cell being computed. Lambdas called from other cells use their caller's. */
export function runtime(): Runtime {
  if (!current) throw new Error('no cell is being computed');
  return current;
}

/** Runs `body(arg)` as `rt`'s cell (an argument rather than a closure: recalculation calls this per cell). */
export function withRuntime<T, A>(rt: Runtime, body: (arg: A) => T, arg: A): T {
  const prev = current;
  current = rt;
  try {
    return body(arg);
  } finally {
    current = prev;
  }
}
