// Owns reading what a `grad(y, x, v)` or `x.grad` cell asks for, from its formula: the tensors its
// arguments name, so the inspector can replay that backward pass (the cell keeps only the result).

import { isTensor, type Tensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';
import { cellName, parseRef } from './address';
import type { Arg, Expr } from './ast';
import { Workbook } from './book';
import { parseFormula } from './to-ast';
import { modulePrefix } from './torch-names';
import { childExprs } from './walk';

/** One argument of a grad cell: its tensor and, when it names a cell, that cell's label. */
export interface GradArg {
  tensor: Tensor;
  cell: string | null;
}

/** What a `grad(...)` cell's arguments are; `why` says which could not be read (then the others are null). */
export type GradCall = { kind: 'grad'; y: GradArg; x: GradArg; v: GradArg | null } | { kind: 'grad-unread'; why: string };

/** The formula of a cell as an AST, or null when it is not a formula or does not parse. */
function formulaOf(book: Workbook, label: string): { expr: Expr; text: string } | null {
  const input = book.input(label);
  if (!input.startsWith('=')) return null;
  const text = input.slice(1);
  const expr = parseFormula(text);
  return expr.type === 'parse-error' ? null : { expr, text };
}

const sheetOf = (label: string): string => label.slice(0, label.lastIndexOf('!'));

/** The cell a reference or a workbook name points at (a single cell; ranges are not followed). */
function cellNamed(book: Workbook, e: Expr, sheet: string): string | null {
  if (e.type === 'ref') return `${e.ref.sheet ?? sheet}!${cellName(e.ref.col, e.ref.row)}`;
  if (e.type !== 'name') return null;
  const wanted = e.name.toLowerCase();
  const target = Object.entries(book.names()).find(([name]) => name.toLowerCase() === wanted)?.[1];
  const at = target === undefined ? null : parseRef(target);
  return at?.kind === 'cell' ? `${at.at.sheet ?? sheet}!${cellName(at.at.col, at.at.row)}` : null;
}

/** Whether an expression reads no cell and no workbook name (so a fresh workbook computes it alike). */
function readsNothing(book: Workbook, e: Expr): boolean {
  const names = new Set(Object.keys(book.names()).map((n) => n.toLowerCase()));
  const stack = [e];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.type === 'ref' || top.type === 'range' || top.type === 'error') return false;
    if (top.type === 'name' && names.has(top.name.toLowerCase())) return false;
    stack.push(...childExprs(top));
  }
  return true;
}

/** An argument's value: a cell's or a name's tensor, or a constant expression computed in a scratch workbook. */
function argValue(book: Workbook, e: Expr, text: string, label: string): GradArg | string {
  const sheet = sheetOf(label);
  const cell = cellNamed(book, e, sheet);
  const source = text.slice(e.from, e.to);
  let value: CellValue;
  if (cell !== null) value = book.value(cell);
  else if (readsNothing(book, e)) {
    // The same seed and address as the cell, so a random constant draws what the cell drew.
    const scratch = new Workbook(book.seed);
    if (sheet !== 'Sheet1') scratch.renameSheet('Sheet1', sheet);
    scratch.set(label, `=${source}`);
    value = scratch.value(label);
  } else return `its argument ${source} is neither a cell, a name nor a constant`;
  return isTensor(value) ? { tensor: value, cell } : `its argument ${source} is not a tensor`;
}

const GRAD_PARAMS: Record<string, 'y' | 'x' | 'v'> = { y: 'y', outputs: 'y', x: 'x', inputs: 'x', v: 'v', grad_outputs: 'v' };

/** The arguments of `grad(...)` at the top of a formula, by parameter; null when the formula is not one. */
function gradArgs(e: Expr): Partial<Record<'y' | 'x' | 'v', Expr>> | null {
  let args: readonly Arg[];
  if (e.type === 'call' && e.callee.type === 'name' && e.callee.name.toLowerCase() === 'grad') args = e.args;
  else if (e.type === 'method' && e.name.toLowerCase() === 'grad') {
    args = modulePrefix(e.object) !== null ? e.args : [{ name: null, value: e.object }, ...e.args];
  } else return null;
  const out: Partial<Record<'y' | 'x' | 'v', Expr>> = {};
  const order = ['y', 'x', 'v'] as const;
  let at = 0;
  for (const a of args) {
    const param = a.name === null ? order[at++] : GRAD_PARAMS[a.name.toLowerCase()];
    if (param !== undefined) out[param] = a.value;
  }
  return out;
}

/** What a `grad(...)` cell differentiates, or null when the cell's formula is not a grad call. */
export function gradCallOf(book: Workbook, label: string): GradCall | null {
  const f = formulaOf(book, label);
  const args = f && gradArgs(f.expr);
  if (!f || !args) return null;
  if (!args.y || !args.x) return { kind: 'grad-unread', why: 'it lacks y or x' };
  const read = (e: Expr): GradArg | string => argValue(book, e, f.text, label);
  const [y, x, v] = [read(args.y), read(args.x), args.v ? read(args.v) : null];
  for (const a of [y, x, v]) if (typeof a === 'string') return { kind: 'grad-unread', why: a };
  return { kind: 'grad', y: y as GradArg, x: x as GradArg, v: v as GradArg | null };
}

/** The tensor whose `.grad` a cell `=x.grad` reads, with x's cell; null for any other formula. */
export function dotGradOf(book: Workbook, label: string): GradArg | null {
  const f = formulaOf(book, label);
  if (!f || f.expr.type !== 'attr' || f.expr.name !== 'grad') return null;
  const cell = cellNamed(book, f.expr.object, sheetOf(label));
  const value = cell === null ? null : book.value(cell);
  return value !== null && isTensor(value) ? { tensor: value, cell } : null;
}
