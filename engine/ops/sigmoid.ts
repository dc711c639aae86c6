import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { mul } from './mul';
import { sub } from './sub';

/**
 * The logistic function 1 / (1 + e^-x), elementwise. A primitive for numerical stability: the
 * composite's gradient goes through exp(-x), which is inf for x below about -710 and turns the
 * slope into inf·0 = NaN, while out·(1 - out) stays finite.
 */
export const sigmoid: OpDef = {
  name: 'sigmoid',
  gradFn: 'SigmoidBackward0',
  doc: 'The logistic function 1 / (1 + exp(-x)) of each element.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'sigmoid'),
  backward: (_in, out, g) => [run(mul, [run(mul, [g, run(sub, [scalar(1), out])]), out])],
};
