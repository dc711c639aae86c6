import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { cos } from './cos';
import { mul } from './mul';

/** Sine of each element (radians). */
export const sin: OpDef = {
  name: 'sin',
  gradFn: 'SinBackward0',
  doc: 'Sine of each element (radians).',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'sin'),
  backward: ([a], _out, g) => [run(mul, [g, run(cos, [a])])],
};
