import { mapUnary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { gt } from './gt';
import { mul } from './mul';
import { sigmoid } from './sigmoid';
import { where } from './where';

export interface SoftplusAttrs {
  readonly beta: number;
  /** Past beta·x > threshold the function is taken to be x, as PyTorch does. */
  readonly threshold: number;
}

/**
 * log(1 + exp(beta·x)) / beta, elementwise. A primitive for numerical stability: the threshold keeps
 * exp from overflowing, and the slope sigmoid(beta·x) is computed without exp(beta·x)/(1 + exp(beta·x)),
 * whose second derivative would be inf/inf = NaN for large x.
 */
export const softplus: OpDef<SoftplusAttrs> = {
  name: 'softplus',
  gradFn: 'SoftplusBackward0',
  doc: 'log(1 + exp(beta·x)) / beta, and x where beta·x > threshold.',
  shape: ([a]) => a,
  forward: ([a], { beta, threshold }) => mapUnary(a, (x) => (x * beta > threshold ? x : Math.log1p(Math.exp(x * beta)) / beta)),
  backward: ([a], _out, g, { beta, threshold }) => {
    const bx = run(mul, [a, scalar(beta)]);
    return [run(where, [run(gt, [bx, scalar(threshold)]), g, run(mul, [g, run(sigmoid, [bx])])])];
  },
};
