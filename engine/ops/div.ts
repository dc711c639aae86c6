import { broadcastShapes } from '../shape';
import { arith } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { mul } from './mul';
import { neg } from './neg';

/** Elementwise quotient, broadcasting (true division: 1 / 0 is inf). */
export const div: OpDef = {
  name: 'div',
  gradFn: 'DivBackward0',
  doc: 'Elementwise quotient, broadcasting.',
  shape: ([a, b]) => broadcastShapes('div', a, b),
  forward: ([a, b], _, shape) => arith(a, b, shape, 'div'),
  // d(a/b)/da = 1/b; d(a/b)/db = -a/b² = -(a/b)/b.
  backward: ([a, b], _out, g, _attrs, needs) => {
    const ga = run(div, [g, b]);
    return [ga, needs[1] ? run(neg, [run(div, [run(mul, [ga, a]), b])]) : null];
  },
};
