import { zipBinary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { broadcastShapes } from '../shape';
import { scalar } from '../tensor';
import { div } from './div';
import { eq } from './eq';
import { gt } from './gt';
import { lt } from './lt';
import { where } from './where';

/** The larger of two tensors, elementwise, broadcasting; NaN wins, as in PyTorch. */
export const maximum: OpDef = {
  name: 'maximum', gradFn: 'MaximumBackward0', doc: 'The larger of input and other, elementwise, broadcasting (NaN if either is NaN).',
  shape: ([a, b]) => broadcastShapes('maximum', a, b),
  forward: ([a, b], _, shape) => zipBinary(a, b, shape, Math.max),
  // The upstream goes to the larger side; on a tie each side gets half (PyTorch's rule).
  backward: ([a, b], _out, g, _attrs, needs) => {
    const zero = scalar(0);
    const tie = run(eq, [a, b]);
    const half = run(div, [g, scalar(2)]);
    return [
      needs[0] ? run(where, [tie, half, run(where, [run(lt, [a, b]), zero, g])]) : null,
      needs[1] ? run(where, [tie, half, run(where, [run(gt, [a, b]), zero, g])]) : null,
    ];
  },
};
