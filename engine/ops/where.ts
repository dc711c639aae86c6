import { type OpDef, run } from '../op';
import { broadcastAll } from '../shape';
import { scalar } from '../tensor';
import { zipTernary } from '../kernels/elementwise';

/**
 * input where the condition holds, other elsewhere, all three broadcast. The condition is a boolean
 * tensor or a number tensor read as nonzero = true (NaN is nonzero).
 */
export const where: OpDef = {
  name: 'where',
  gradFn: 'WhereBackward0',
  doc: 'Picks input where the condition is true, other where it is false, broadcasting.',
  shape: ([c, a, b]) => broadcastAll('where', [c, a, b]),
  // Selecting between two booleans keeps them boolean, as PyTorch does; anything else is float64.
  dtype: ([, a, b]) => (a === 'bool' && b === 'bool' ? 'bool' : 'float64'),
  forward: ([c, a, b], _, shape) => zipTernary(c, a, b, shape, (k, x, y) => (k !== 0 ? x : y)),
  // The upstream goes to the side that was picked; the condition gets none.
  backward: ([c], _out, g, _attrs, needs) => [
    null,
    needs[1] ? run(where, [c, g, scalar(0)]) : null,
    needs[2] ? run(where, [c, scalar(0), g]) : null,
  ],
};
