// Owns FunctionDef: what one sheet function declares for the evaluator, the checker, autocomplete and docs.

import type { CellValue, FunctionValue } from '../../engine/value';
import type { Tensor } from '../../engine/tensor';
import type { CellError } from '../../engine/errors';
import type { FormRun } from '../special-forms/special-form';

/**
 * How an argument is checked and converted before `lower` sees it (formula/functions/coerce.ts):
 * - `tensor`: a tensor (numbers and booleans are 0-D tensors); bool tensors pass as they are
 * - `number`: a one-element tensor, as a JS number;  `int`: the same, which must be an integer
 * - `bool`: TRUE/FALSE or a one-element tensor, as a JS boolean
 * - `text`: a text value, as a JS string (checked against `oneOf` when given)
 * - `dim`: an int, or a list/1-D tensor of ints, as number[] (not yet normalised against a rank)
 * - `shape`: sizes given as separate numbers (variadic), a list, a 1-D tensor or a tuple, as number[]
 * - `tensors`: a sequence of tensors: a list literal's items, a tuple's items, or a tensor's rows
 * - `function`: a lambda or a built-in
 * - `any`: the value unchanged
 */
export type ParamKind = 'tensor' | 'number' | 'int' | 'bool' | 'text' | 'dim' | 'shape' | 'tensors' | 'function' | 'any';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  /** Present: the parameter is optional, and this is its value when omitted (null means "not given"). */
  readonly default?: number | boolean | string | null | readonly number[];
  readonly oneOf?: readonly string[];
  /** Only for the last positional parameter: it takes every remaining positional argument. */
  readonly variadic?: boolean;
  /** Other keyword names it answers to (PyTorch's: `grad(outputs=..., inputs=...)`). */
  readonly aliases?: readonly string[];
  readonly doc?: string;
}

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

export interface FunctionExample {
  readonly formula: string;
  /** The expected value as the command line prints it: a number, nested arrays, or an error code such as `#SHAPE!`. */
  readonly result: unknown;
}

export interface FunctionDef {
  /** The name users type, PyTorch's spelling. Looked up case-insensitively. */
  readonly name: string;
  /** Set for special forms, with `run`: plain data, so a catalogue without the machinery can tell them apart. */
  readonly form?: true;
  /**
   * A special form's hook (formula/special-forms/): forms are lazy or bind names, so the evaluator checks
   * the arguments' arity and keywords as for any call, then hands them over unevaluated; `lower` is not used.
   */
  readonly run?: FormRun;
  /** The PyTorch equivalent, e.g. `torch.nn.functional.mse_loss`. */
  readonly torch: string;
  readonly doc: string;
  readonly params: readonly ParamSpec[];
  /** Keyword-only parameters (PyTorch's after `*`), e.g. `requires_grad`. */
  readonly kwargs?: readonly ParamSpec[];
  readonly examples: readonly FunctionExample[];
  /**
   * Computes the result from checked, converted arguments (positional in `params` order, keyword
   * by name). May use `run` from engine/op: an OpFailure thrown inside is caught by the evaluator
   * and becomes the cell's error value. `args` is made for this call alone, so an op may keep it as
   * its inputs (every operator does: one array less per operation).
   */
  readonly lower: (args: readonly Coerced[], kwargs: Readonly<Record<string, Coerced>>, ctx: CallContext) => CellValue | CellError;
}
