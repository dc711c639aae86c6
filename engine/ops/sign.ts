import { mapUnary } from '../kernels/loops';
import type { OpDef } from '../op';
import { filled } from '../tensor';

/** -1, 0 or 1 by the sign of each element; NaN gives 0, as PyTorch's CPU kernel (0 < x) - (x < 0) does. */
export const sign: OpDef = {
  name: 'sign',
  gradFn: 'SignBackward0',
  doc: 'The sign of each element: -1, 0 or 1.',
  shape: ([a]) => a,
  forward: ([a]) => mapUnary(a, (x) => Number(x > 0) - Number(x < 0)),
  // Piecewise constant: PyTorch's zeros_like(grad), a zero with no history.
  backward: (_in, _out, g) => [filled(g.shape, 0)],
};
