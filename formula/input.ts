// Owns what a user's typed input means (SPEC §2): a formula, a number, a boolean, text, or nothing.

import { errors } from '../engine/errors';
import { Tensor } from '../engine/tensor';
import { type CellValue, EMPTY, text } from '../engine/value';
import { inputKind } from './input-kind';
import { type PlacedFormula, parseFormulaAt } from './parse-cache';

export type CompiledInput = { kind: 'formula'; placed: PlacedFormula } | { kind: 'constant'; value: CellValue };

/** One tensor per number text, whose data the cells holding that number share (tensors never change). */
const numbers = new Map<string, Tensor>();
const MAX_NUMBERS = 20_000;

/**
 * The number `text` as a cell's own tensor: autograd tells tensors apart by identity, so each cell gets
 * one, but over shared data (a million cells of data cost a million small objects, not typed arrays).
 */
function numberTensor(text: string): Tensor {
  let shared = numbers.get(text);
  if (!shared) {
    if (numbers.size >= MAX_NUMBERS) numbers.clear();
    shared = new Tensor(Float64Array.of(Number(text)), []);
    numbers.set(text, shared);
  }
  return shared.with({});
}

/** What `input` means in the cell at `at`: a formula shares its parse with formulas filled from it. */
export function compileInput(input: string, at: { col: number; row: number }): CompiledInput {
  switch (inputKind(input)) {
    case 'formula': {
      const placed = parseFormulaAt(input.slice(1), at.col, at.row);
      if ('type' in placed) return { kind: 'constant', value: errors.parse(placed.message, placed.at) };
      return { kind: 'formula', placed };
    }
    case 'quoted':
      return { kind: 'constant', value: text(input.slice(1)) };
    case 'empty':
      return { kind: 'constant', value: EMPTY };
    case 'number':
      return { kind: 'constant', value: numberTensor(input.trim()) };
    case 'bool':
      return { kind: 'constant', value: new Tensor(Float64Array.of(input.trim().toUpperCase() === 'TRUE' ? 1 : 0), [], 'bool') };
    case 'text':
      return { kind: 'constant', value: text(input) };
  }
}
