import { mapUnary } from '../kernels/loops';
import type { OpDef } from '../op';
import { filled } from '../tensor';

/** The largest integer <= each element. */
export const floor: OpDef = {
  name: 'floor',
  gradFn: 'FloorBackward0',
  doc: 'Each element rounded down to an integer.',
  shape: ([a]) => a,
  forward: ([a]) => mapUnary(a, Math.floor),
  // Piecewise constant: PyTorch's zeros_like(grad).
  backward: (_in, _out, g) => [filled(g.shape, 0)],
};
