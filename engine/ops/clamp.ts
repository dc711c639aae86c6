import { errors } from '../errors';
import { type OpDef, run } from '../op';
import { broadcastAll } from '../shape';
import { type Tensor, scalar } from '../tensor';
import { isPlainNumber, zipTernary } from '../kernels/elementwise';
import { ge } from './ge';
import { gt } from './gt';
import { le } from './le';
import { lt } from './lt';
import { where } from './where';

/** Which bounds follow the input: inputs are [x, min], [x, max] or [x, min, max]. */
export interface ClampAttrs {
  readonly min: boolean;
  readonly max: boolean;
}

/** The min and max inputs of a clamp node, by its attrs. */
function bounds(inputs: readonly Tensor[], attrs: ClampAttrs): { lo: Tensor | null; hi: Tensor | null } {
  return { lo: attrs.min ? inputs[1] : null, hi: attrs.max ? inputs[attrs.min ? 2 : 1] : null };
}

/**
 * min(max(x, min), max), elementwise, broadcasting. PyTorch names the node by overload: plain-number
 * bounds give ClampMinBackward0 (min only), ClampMaxBackward0 (max only) or ClampBackward1 (both);
 * any tensor bound gives ClampBackward0.
 */
export const clamp: OpDef<ClampAttrs> = {
  name: 'clamp',
  gradFn: (attrs, inputs) => {
    if (!inputs.slice(1).every(isPlainNumber)) return 'ClampBackward0';
    if (attrs.min && attrs.max) return 'ClampBackward1';
    return attrs.min ? 'ClampMinBackward0' : 'ClampMaxBackward0';
  },
  doc: 'Limits each element to [min, max]; either bound may be left out, and bounds broadcast.',
  example: 'clamp([-1, 0.5, 2], 0, 1) → [0, 0.5, 1]',
  shape: (shapes, attrs) => {
    if (!attrs.min && !attrs.max) return errors.value('clamp', "at least one of 'min' or 'max' must be given");
    if (shapes.length !== 1 + Number(attrs.min) + Number(attrs.max)) throw new Error('clamp: inputs do not match attrs');
    return broadcastAll('clamp', shapes);
  },
  forward: (inputs, attrs, shape) => {
    const { lo, hi } = bounds(inputs, attrs);
    // A NaN bound makes NaN, as PyTorch's tensor kernel does; a NaN input stays NaN through max and min.
    return zipTernary(inputs[0], lo ?? scalar(-Infinity), hi ?? scalar(Infinity), shape, (x, l, h) =>
      l !== l || h !== h ? NaN : Math.min(Math.max(x, l), h),
    );
  },
  // PyTorch's clamp_backward and clamp_backward_min_max: x gets the upstream where min <= x <= max
  // (inclusive); a bound gets it where it was the one that won (the max also when max < min).
  backward: (inputs, _out, g, attrs, needs) => {
    const x = inputs[0];
    const { lo, hi } = bounds(inputs, attrs);
    const zero = scalar(0);
    const pick = (cond: Tensor, yes: Tensor, no: Tensor): Tensor => run(where, [cond, yes, no]);
    let gx: Tensor | null = null;
    if (needs[0]) {
      gx = g;
      if (hi) gx = pick(run(le, [x, hi]), gx, zero);
      if (lo) gx = pick(run(ge, [x, lo]), gx, zero);
    }
    const out: (Tensor | null)[] = [gx];
    if (lo) out.push(needs[1] ? pick(run(lt, [x, lo]), hi ? pick(run(lt, [lo, hi]), g, zero) : g, zero) : null);
    if (hi) out.push(needs[out.length] ? pick(run(gt, [x, hi]), g, lo ? pick(run(lt, [hi, lo]), g, zero) : zero) : null);
    return out;
  },
};
