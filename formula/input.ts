// Owns what a user's typed input means (SPEC §2): a formula, a number, a boolean, text, or nothing.

import { errors } from '../engine/errors';
import { Tensor } from '../engine/tensor';
import { type CellValue, EMPTY, text } from '../engine/value';
import type { Expr } from './ast';
import { parseFormulaAt } from './parse-cache';
import { parseFormula } from './to-ast';

export type CompiledInput = { kind: 'formula'; ast: Expr } | { kind: 'constant'; value: CellValue };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What `input` means; given the cell it sits in, a formula shares its parse with formulas filled from it. */
export function compileInput(input: string, at?: { col: number; row: number }): CompiledInput {
  if (input.startsWith('=')) {
    const ast = at ? parseFormulaAt(input.slice(1), at.col, at.row) : parseFormula(input.slice(1));
    if (ast.type === 'parse-error') return { kind: 'constant', value: errors.parse(ast.message, ast.at) };
    return { kind: 'formula', ast };
  }
  if (input.startsWith("'")) return { kind: 'constant', value: text(input.slice(1)) };
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'constant', value: EMPTY };
  if (NUMBER.test(trimmed)) return { kind: 'constant', value: new Tensor(Float64Array.of(Number(trimmed)), []) };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'constant', value: new Tensor(Float64Array.of(upper === 'TRUE' ? 1 : 0), [], 'bool') };
  return { kind: 'constant', value: text(input) };
}
