import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { mul } from './mul';
import { sign } from './sign';

/** Absolute value, elementwise. */
export const abs: OpDef = {
  name: 'abs',
  gradFn: 'AbsBackward0',
  doc: 'Absolute value of each element.',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'abs'),
  // grad · sign(x): the slope at the kink x = 0 is 0, as in PyTorch.
  backward: ([a], _out, g) => [run(mul, [g, run(sign, [a])])],
};
