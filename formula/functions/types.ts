// Owns FunctionDef: a sheet function's spec (spec.ts) with how it computes, for the evaluator and the library.

import type { CellValue, FunctionValue } from '../../engine/value';
import type { Tensor } from '../../engine/tensor';
import type { CellError } from '../../engine/errors';
import type { FormRun } from '../special-forms/special-form';
import type { FunctionSpec } from './spec';

export type { FunctionExample, ParamKind, ParamSpec } from './spec';

/** The JS value a parameter of each kind arrives as in `lower`. */
export type Coerced = Tensor | number | boolean | string | number[] | Tensor[] | FunctionValue | CellValue | null;

/** What a function may ask of the evaluator while it runs. */
export interface CallContext {
  /** The next uniform number in [0, 1) from this cell's seeded stream (workbook seed + cell address). */
  random(): number;
  /** Calls a function value (lambda or built-in) with arguments; errors come back as values. */
  callFunction(fn: FunctionValue, args: readonly CellValue[]): CellValue;
  /** The address of the cell being computed, e.g. `Sheet1!A1`. */
  readonly cell: string;
}

/** A function's spec with its implementation. */
export interface FunctionDef extends FunctionSpec {
  /**
   * A special form's hook (formula/special-forms/): forms are lazy or bind names, so the evaluator checks
   * the arguments' arity and keywords as for any call, then hands them over unevaluated; `lower` is not used.
   */
  readonly run?: FormRun;
  /**
   * Computes the result from checked, converted arguments (positional in `params` order, keyword
   * by name). May use `run` from engine/op: an OpFailure thrown inside is caught by the evaluator
   * and becomes the cell's error value. `args` is made for this call alone, so an op may keep it as
   * its inputs (every operator does: one array less per operation).
   */
  readonly lower: (args: readonly Coerced[], kwargs: Readonly<Record<string, Coerced>>, ctx: CallContext) => CellValue | CellError;
}
