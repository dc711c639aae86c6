import { unary } from '../kernels/loops';
import { type OpDef, run } from '../op';

/** Elementwise negation. */
export const neg: OpDef = {
  name: 'neg', gradFn: 'NegBackward0', doc: 'Negation, elementwise.', example: 'neg([1, -2]) → [-1, 2]',
  shape: ([a]) => a,
  forward: ([a]) => unary(a, 'neg'),
  backward: (_in, _out, g) => [run(neg, [g])],
};
