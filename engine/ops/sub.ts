import { broadcastShapes } from '../shape';
import { arith } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { neg } from './neg';

/** Elementwise difference, broadcasting. */
export const sub: OpDef = {
  name: 'sub',
  gradFn: 'SubBackward0',
  doc: 'Elementwise difference, broadcasting.',
  shape: ([a, b]) => broadcastShapes('sub', a, b),
  forward: ([a, b], _, shape) => arith(a, b, shape, 'sub'),
  backward: (_in, _out, g, _attrs, needs) => [g, needs[1] ? run(neg, [g]) : null],
};
