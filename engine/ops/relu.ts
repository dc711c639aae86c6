import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { le } from './le';
import { where } from './where';

/**
 * max(x, 0), elementwise. Its own primitive rather than maximum(x, 0), as tinygrad's relu is:
 * maximum splits the gradient half and half on a tie, which would make relu'(0) = 0.5 where PyTorch
 * has 0, and the node is PyTorch's single ReluBackward0.
 */
export const relu: OpDef = {
  name: 'relu',
  gradFn: 'ReluBackward0',
  doc: 'max(x, 0) of each element.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'relu'),
  // PyTorch's threshold_backward: 0 where the output is <= 0, else the upstream (so a NaN passes it through).
  backward: (_in, out, g) => [run(where, [run(le, [out, scalar(0)]), scalar(0), g])],
};
