// Owns what the reduce group's sheet functions share: the mean composite, a loss's reduction, and
// reading the arguments PyTorch lets be either a number or something else (max's dim, norm's p).

import { OpFailure, run } from '../../engine/op';
import { div } from '../../engine/ops/div';
import { normDims } from '../../engine/ops/reduce-dims';
import { sum } from '../../engine/ops/sum';
import { type Tensor, isTensor, scalar } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import type { ParamSpec } from './types';

export type LossReduction = 'mean' | 'sum' | 'none';

/** The `reduction=` keyword every loss takes. */
export const REDUCTION = {
  name: 'reduction',
  kind: 'text',
  default: 'mean',
  oneOf: ['mean', 'sum', 'none'],
  doc: '"mean" (default) averages the elementwise losses, "sum" adds them, "none" returns them all.',
} as const satisfies ParamSpec;

/** How many elements each output of a reduction over `dims` (null: all) averages, or the error in `dims`. */
function countOver(fn: string, x: Tensor, dims: readonly number[] | null): number {
  const ds = normDims(fn, dims, x.rank);
  if (!Array.isArray(ds)) throw new OpFailure(ds);
  return ds.reduce((n, d) => n * x.shape[d], 1);
}

/** mean(x) over `dims` as sum / count, written in ops (the caller relabels it). 0 elements give NaN, as in PyTorch. */
export function meanOf(fn: string, x: Tensor, dims: readonly number[] | null, keepdim: boolean): Tensor {
  const n = countOver(fn, x, dims);
  return run(div, [run(sum, [x], { dims, keepdim }), scalar(n)]);
}

/** A loss's elementwise values reduced as `reduction=` asks: mean and sum are over every element. */
export function reduceLoss(loss: Tensor, reduction: LossReduction): Tensor {
  if (reduction === 'none') return loss;
  return reduction === 'sum' ? run(sum, [loss], { dims: null, keepdim: false }) : meanOf('mean', loss, null, false);
}

/** A single whole number if `v` is a 0-D integer-valued number tensor, else null. */
export function wholeNumber(v: CellValue | null): number | null {
  return v !== null && isTensor(v) && v.rank === 0 && v.dtype === 'float64' && Number.isInteger(v.data[0]) ? v.data[0] : null;
}
