// Owns torch.var and torch.std, one factory for both: the two-pass variance over dims with PyTorch's
// correction, and std as its square root.

import { relabel } from '../../engine/composite';
import { type CellError, errors } from '../../engine/errors';
import { OpFailure, attempt, run } from '../../engine/op';
import { div } from '../../engine/ops/div';
import { mul } from '../../engine/ops/mul';
import { normDims } from '../../engine/ops/reduce-dims';
import { sqrt } from '../../engine/ops/sqrt';
import { sub } from '../../engine/ops/sub';
import { sum } from '../../engine/ops/sum';
import { type Tensor, scalar } from '../../engine/tensor';
import type { Coerced, FunctionDef, ParamSpec } from './types';
import { meanOf } from './reduce-helpers';
import { defineFunction } from './define';

/**
 * sum((x - mean)²) / max(0, N - correction) over `dims`, in ops (two passes: the mean first, for
 * accuracy). N - correction <= 0 divides by 0 and gives inf or NaN, as PyTorch does.
 */
function variance(fn: string, x: Tensor, dims: readonly number[] | null, correction: number, keepdim: boolean): Tensor {
  const ds = normDims(fn, dims, x.rank);
  if (!Array.isArray(ds)) throw new OpFailure(ds);
  const n = ds.reduce((k, d) => k * x.shape[d], 1);
  const centred = run(sub, [x, meanOf(fn, x, ds, true)]);
  const squares = run(sum, [run(mul, [centred, centred])], { dims: ds, keepdim });
  return run(div, [squares, scalar(Math.max(0, n - correction))]);
}

/** PyTorch's correction from `correction=` or the older `unbiased=` (at most one of them): 1 by default. */
function correctionOf(fn: string, kwargs: Readonly<Record<string, Coerced>>, unbiased: Coerced): number | CellError {
  const { correction } = kwargs;
  if (correction !== null && unbiased !== null) return errors.value(fn, 'takes either correction or unbiased, not both');
  if (unbiased !== null) return unbiased ? 1 : 0;
  return correction === null ? 1 : (correction as number);
}

/** torch.var / torch.std's parameters: (input, dim, unbiased, keepdim, *, correction). */
const SPREAD_PARAMS = [
  { name: 'input', kind: 'tensor' },
  { name: 'dim', kind: 'dim', default: null, doc: 'Dim or list of dims to reduce; every dim when omitted.' },
  { name: 'unbiased', kind: 'bool', default: null, doc: 'Older spelling: true is correction=1, false correction=0.' },
  { name: 'keepdim', kind: 'bool', default: false, doc: 'Keep the reduced dims as size 1.' },
] as const satisfies readonly ParamSpec[];
const SPREAD_KWARGS = [
  { name: 'correction', kind: 'number', default: null, doc: 'Subtracted from the count in the divisor: 1 (default, Bessel) or 0.' },
] as const satisfies readonly ParamSpec[];

const SPREADS = {
  var: {
    doc: 'Variance of the elements, over all dims or the given ones (correction=1 by default).',
    gradFn: 'VarBackward0',
    finish: (v: Tensor): Tensor => v,
    examples: [
      { formula: '=var([1, 2, 3, 4])', result: 1.6666666666666667 },
      { formula: '=var([1, 2, 3, 4], correction=0)', result: 1.25 },
      { formula: '=var([[1, 3], [2, 6]], dim=1)', result: [2, 8] },
    ],
  },
  std: {
    doc: 'Standard deviation of the elements, over all dims or the given ones (correction=1 by default).',
    gradFn: 'StdBackward0',
    // sqrt(var): like PyTorch's std_backward, the gradient is 0 where the deviation is 0 (e.g. a constant input).
    finish: (v: Tensor): Tensor => run(sqrt, [v], { maskZero: true }),
    examples: [
      { formula: '=std([2, 4, 4, 4, 5, 5, 7, 9], correction=0)', result: 2 },
      { formula: '=std([[1, 3], [2, 6]], dim=1)', result: [1.4142135623730951, 2.8284271247461903] },
    ],
  },
} as const;

/** The sheet function `var` or `std`. */
export function makeSpreadFunction(name: keyof typeof SPREADS): FunctionDef {
  const { doc, gradFn, finish, examples } = SPREADS[name];
  return defineFunction({
    name,
    torch: `torch.${name}`,
    doc,
    params: SPREAD_PARAMS,
    kwargs: SPREAD_KWARGS,
    examples,
    lower: ([input, dim, unbiased, keepdim], kwargs) => {
      const c = correctionOf(name, kwargs, unbiased);
      if (typeof c !== 'number') return c;
      return attempt(() => relabel(finish(variance(name, input, dim, c, keepdim)), gradFn, [input]));
    },
  });
}
