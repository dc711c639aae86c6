import { errors } from '../errors';
import { type OpDef, run } from '../op';
import { broadcastShapes, sameShape } from '../shape';
import { type Tensor, filled, scalar } from '../tensor';
import { expandData, zipBinary } from '../kernels/loops';
import { add } from './add';
import { div } from './div';
import { mul } from './mul';
import { constant } from './backward-helpers';
import { sub } from './sub';

/** PyTorch's floor under x(1 - x) in the gradient, so it stays finite at probabilities 0 and 1. */
const EPSILON = 1e-12;

/**
 * Elementwise -w (y log x + (1 - y) log(1 - x)) for probabilities x and targets y, each log clamped
 * to >= -100 as PyTorch does (reduction 'none'; the sheet function reduces). Inputs: x, y and an
 * optional weight broadcast to x's shape. A primitive for the clamped logs and PyTorch's gradient.
 */
export const binary_cross_entropy: OpDef = {
  name: 'binary_cross_entropy',
  gradFn: 'BinaryCrossEntropyBackward0',
  doc: 'Binary cross entropy between probabilities and targets.',
  shape: ([x, y, w]) => {
    if (!sameShape(x, y)) {
      return errors.shape(
        'binary_cross_entropy',
        `target of shape ${errors.fmtShape(y)} does not match input of shape ${errors.fmtShape(x)}`,
      );
    }
    if (w === undefined) return x;
    const b = broadcastShapes('binary_cross_entropy', x, w);
    return Array.isArray(b) && sameShape(b, x)
      ? x
      : errors.shape(
          'binary_cross_entropy',
          `weight of shape ${errors.fmtShape(w)} does not broadcast to the input's shape ${errors.fmtShape(x)}`,
        );
  },
  forward: ([x, y, w], _, shape) => {
    const out = zipBinary(x, y, shape, (p, t) => (t - 1) * Math.max(Math.log1p(-p), -100) - t * Math.max(Math.log(p), -100));
    if (w !== undefined) {
      const wd = expandData(w, shape);
      for (let i = 0; i < out.length; i++) out[i] *= wd[i];
    }
    return out;
  },
  backward: ([x, y, w], _out, g, _attrs, needs) => {
    const gw = w === undefined ? g : run(mul, [g, w]);
    // d/dx: (x - y) / max(x (1 - x), eps). Which side of eps x(1 - x) is on is constant.
    let gx: Tensor | null = null;
    if (needs[0]) {
      const spread = run(mul, [x, run(sub, [scalar(1), x])]);
      const big = new Float64Array(spread.size);
      const floor = new Float64Array(spread.size);
      for (let i = 0; i < spread.size; i++) {
        if (spread.data[i] > EPSILON) big[i] = 1;
        else floor[i] = EPSILON;
      }
      const den = run(add, [run(mul, [spread, constant(big, spread.shape)]), constant(floor, spread.shape)]);
      gx = run(div, [run(mul, [gw, run(sub, [x, y])]), den]);
    }
    // The loss is linear in y, so d/dy is loss(x, 1) - loss(x, 0): the clamped log(1 - x) - log(x).
    const gy = needs[1]
      ? run(mul, [gw, run(sub, [run(binary_cross_entropy, [x, filled(x.shape, 1)]), run(binary_cross_entropy, [x, filled(x.shape, 0)])])])
      : null;
    const gweight = w !== undefined && needs[2] ? run(mul, [g, run(binary_cross_entropy, [x, y])]) : null;
    return [gx, gy, gweight];
  },
};
