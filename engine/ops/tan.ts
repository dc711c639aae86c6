import { mapUnary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { add } from './add';
import { mul } from './mul';

/** Tangent of each element (radians). */
export const tan: OpDef = {
  name: 'tan',
  gradFn: 'TanBackward0',
  doc: 'Tangent of each element (radians).',
  shape: ([a]) => a,
  forward: ([a]) => mapUnary(a, Math.tan),
  // tan' = 1 + tan², from the output (PyTorch: grad * (1 + result²)).
  backward: (_in, out, g) => [run(mul, [g, run(add, [scalar(1), run(mul, [out, out])])])],
};
