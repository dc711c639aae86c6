// Owns OpRow: what one row of the op table (engine/ops/index.ts) declares besides the op itself.

import type { AnyOp } from '../op';
import type { Shape } from '../shape';
import type { Tensor } from '../tensor';

/** One finite-difference check of an op's backward (engine/ops/gradcheck.test.ts runs each). */
export interface GradSpec {
  /** Input shape lists to try; include ones that broadcast. */
  readonly shapes: readonly (readonly Shape[])[];
  readonly attrs?: unknown;
  /** Where inputs are drawn from (default [-2, 2]); one range for all inputs or one per input. */
  readonly domain?: readonly [number, number] | readonly (readonly [number, number])[];
  /** Inputs held constant (indices, conditions): not perturbed, not compared. */
  readonly constant?: readonly number[];
  /** Makes input i instead of drawing it uniformly (e.g. a boolean condition). */
  readonly make?: (i: number, shape: Shape, random: () => number) => Tensor | null;
  /** 2 (default) checks second derivatives too. */
  readonly order?: 1 | 2;
  /** Relative-and-absolute tolerance (default 1e-5). */
  readonly tol?: number;
}

/** An op without a derivative (comparisons, argmax): the check asserts it really has no backward. */
export const NO_GRAD = 'no derivative';

/** An example of a sheet function, with its result as the command line prints it. */
export interface OpExample {
  readonly formula: string;
  readonly result: unknown;
}

/**
 * The sheet function of the op's own name, when it is nothing more than the op: formula/functions/op-functions.ts
 * builds it (`unary`: name(input); `binary`: name(input, other), `other` spelled `second` when PyTorch
 * names it otherwise), with the op's doc. The sheet's side (group, parameters) follows from `form`.
 */
export interface OpFunction {
  readonly form: 'unary' | 'binary';
  /** PyTorch's name, e.g. `torch.sinh`. */
  readonly torch: string;
  readonly examples: readonly OpExample[];
  readonly second?: string;
}

export interface OpRow {
  readonly op: AnyOp;
  /** How its backward is checked against central differences: one or more specs, or NO_GRAD. */
  readonly grad: GradSpec | readonly GradSpec[] | typeof NO_GRAD;
  readonly fn?: OpFunction;
}

/** The row's grad specs as a list (empty for NO_GRAD). */
export const gradSpecs = (row: OpRow): readonly GradSpec[] =>
  row.grad === NO_GRAD ? [] : 'shapes' in row.grad ? [row.grad as GradSpec] : (row.grad as readonly GradSpec[]);

/** A thin function `name(input)` running the op. */
export const unary = (torch: string, examples: readonly OpExample[]): OpFunction => ({ form: 'unary', torch, examples });

/** A thin function `name(input, other)` running the op; `second` renames `other` as PyTorch does (`exponent`). */
export const binary = (torch: string, examples: readonly OpExample[], second?: string): OpFunction => ({
  form: 'binary',
  torch,
  examples,
  second,
});
