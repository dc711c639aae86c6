import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { mul } from './mul';

/** e raised to each element. */
export const exp: OpDef = {
  name: 'exp',
  gradFn: 'ExpBackward0',
  doc: 'e raised to each element.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'exp'),
  // exp' = exp, so the output itself is the slope (PyTorch: grad * result).
  backward: (_in, out, g) => [run(mul, [g, out])],
};
