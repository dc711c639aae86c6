// Owns the row type of the finite-difference gradient check (engine/ops/gradcheck.test.ts).

import type { AnyOp } from '../op';
import type { Shape } from '../shape';
import type { Tensor } from '../tensor';

export interface GradRow {
  readonly op: AnyOp;
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
export interface NoGradRow {
  readonly op: AnyOp;
  readonly noGrad: true;
}

export type GradCheckRow = GradRow | NoGradRow;
