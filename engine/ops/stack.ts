import { errors } from '../errors';
import { type OpDef, run } from '../op';
import { normDim, sameShape, sizeOf } from '../shape';
import { around, type CatAttrs, joinedDtype } from './cat';
import { partAlong } from './index-parts';
import { getitem } from './getitem';
import { reshape } from './reshape';
import { Tensor } from '../tensor';

/** Joins tensors of one shape along a new dim. */
export const stack: OpDef<CatAttrs> = {
  name: 'stack',
  gradFn: 'StackBackward0',
  doc: 'Stacks tensors of the same shape along a new dim.',
  shape: (shapes, { dim }) => {
    if (shapes.length === 0) return errors.value('stack', 'expected a non-empty list of tensors');
    const first = shapes[0];
    for (let i = 1; i < shapes.length; i++) {
      if (!sameShape(shapes[i], first)) {
        return errors.shape(
          'stack',
          `expects each tensor to be equal size, but got ${errors.fmtShape(first)} at entry 0 and ${errors.fmtShape(shapes[i])} at entry ${i}`,
        );
      }
    }
    // The new dim may go anywhere from before the first dim to after the last.
    const d = normDim('stack', dim, first.length + 1);
    if (typeof d !== 'number') return d;
    return [...first.slice(0, d), shapes.length, ...first.slice(d)];
  },
  dtype: joinedDtype,
  forward: (inputs, { dim }, outShape) => {
    const d = normDim('stack', dim, outShape.length) as number;
    const { outer, inner } = around(outShape, d);
    const out = new Float64Array(sizeOf(outShape));
    const n = inputs.length;
    inputs.forEach((t, i) => {
      for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * inner, (o + 1) * inner), (o * n + i) * inner);
    });
    return out;
  },
  // Input i's gradient is the upstream at position i of the new dim.
  backward: (inputs, _out, g, { dim }, needs) => {
    const d = normDim('stack', dim, g.rank) as number;
    return inputs.map((_, i) => (needs[i] ? run(getitem, [g], partAlong(g.shape, d, { kind: 'select', index: i })) : null));
  },
};

/**
 * Stacks tensors (all of one shape) and views the result as `shape`, recording both steps so
 * gradients reach each item: ranges of cells, and Jacobians assembled from one row per output.
 */
export function stackAs(items: readonly Tensor[], shape: readonly number[]): Tensor {
  if (items.length === 0) return new Tensor(new Float64Array(0), shape);
  return run(reshape, [run(stack, items, { dim: 0 })], shape);
}
