import { zipBinary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { broadcastShapes } from '../shape';
import { add } from './add';
import { mul } from './mul';
import { neg } from './neg';
import { constant } from './backward-helpers';
import { sub } from './sub';

/** What smooth_l1_loss takes: where the loss turns from quadratic to linear. */
export interface SmoothL1Attrs {
  readonly beta: number;
}

/**
 * Elementwise Huber-style loss of d = input - target: 0.5 d² / beta where |d| < beta, else
 * |d| - 0.5 beta (reduction 'none'; the sheet function reduces). A primitive because PyTorch's
 * grad_fn is SmoothL1LossBackward0 for every reduction.
 */
export const smooth_l1_loss: OpDef<SmoothL1Attrs> = {
  name: 'smooth_l1_loss',
  gradFn: 'SmoothL1LossBackward0',
  doc: 'Squared error below beta, absolute error above it.',
  shape: ([a, b]) => broadcastShapes('smooth_l1_loss', a, b),
  forward: ([a, b], { beta }, shape) =>
    zipBinary(a, b, shape, (x, y) => {
      const d = Math.abs(x - y);
      return d < beta ? (0.5 * d * d) / beta : d - 0.5 * beta;
    }),
  // dℓ/dd is d / beta inside and sign(d) outside. Which side each element is on is constant, so the
  // slope is d · inside / beta + sign(d) · outside with constant masks: differentiable again.
  backward: ([a, b], _out, g, { beta }) => {
    const d = run(sub, [a, b]);
    const inside = new Float64Array(d.size);
    const outside = new Float64Array(d.size);
    for (let i = 0; i < d.size; i++) {
      const v = d.data[i];
      if (Math.abs(v) < beta) inside[i] = 1 / beta;
      else outside[i] = Number(v > 0) - Number(v < 0);
    }
    const slope = run(add, [run(mul, [d, constant(inside, d.shape)]), constant(outside, d.shape)]);
    const ga = run(mul, [g, slope]);
    return [ga, run(neg, [ga])];
  },
};
