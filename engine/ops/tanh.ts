import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { mul } from './mul';
import { sub } from './sub';

/**
 * Hyperbolic tangent, elementwise. A primitive for numerical stability: written with exp it
 * overflows to inf/inf = NaN for |x| past about 355, where tanh is simply ±1.
 */
export const tanh: OpDef = {
  name: 'tanh',
  gradFn: 'TanhBackward0',
  doc: 'Hyperbolic tangent of each element.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'tanh'),
  // tanh' = 1 - tanh², from the output (PyTorch's tanh_backward).
  backward: (_in, out, g) => [run(mul, [g, run(sub, [scalar(1), run(mul, [out, out])])])],
};
