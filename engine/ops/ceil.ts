import { mapUnary } from '../kernels/loops';
import type { OpDef } from '../op';
import { filled } from '../tensor';

/** The smallest integer >= each element. */
export const ceil: OpDef = {
  name: 'ceil',
  gradFn: 'CeilBackward0',
  doc: 'Each element rounded up to an integer.',
  shape: ([a]) => a,
  forward: ([a]) => mapUnary(a, Math.ceil),
  // Piecewise constant: PyTorch's zeros_like(grad).
  backward: (_in, _out, g) => [filled(g.shape, 0)],
};
