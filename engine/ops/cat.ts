import { errors } from '../errors';
import { type OpDef, run } from '../op';
import { type Shape, normDim, sizeOf } from '../shape';
import type { DType } from '../tensor';
import { partAlong } from './index-parts';
import { getitem } from './getitem';

export interface CatAttrs {
  readonly dim: number;
}

/** Booleans stay boolean only when every input is; otherwise they count as 0 and 1, as PyTorch promotes. */
export const joinedDtype = (dtypes: readonly DType[]): DType =>
  dtypes.length > 0 && dtypes.every((d) => d === 'bool') ? 'bool' : 'float64';

/** The product of sizes before and after `dim`: cat and stack copy blocks of `inner` elements `outer` times. */
export function around(shape: Shape, dim: number): { outer: number; inner: number } {
  return { outer: sizeOf(shape.slice(0, dim)), inner: sizeOf(shape.slice(dim + 1)) };
}

/** Joins tensors along an existing dim; all other sizes must match. */
export const cat: OpDef<CatAttrs> = {
  name: 'cat',
  gradFn: 'CatBackward0',
  doc: 'Concatenates tensors along an existing dim.',
  shape: (shapes, { dim }) => {
    if (shapes.length === 0) return errors.value('cat', 'expected a non-empty list of tensors');
    const first = shapes[0];
    for (let i = 0; i < shapes.length; i++) {
      if (shapes[i].length === 0) return errors.shape('cat', `a zero-dimensional tensor (at position ${i}) cannot be concatenated`);
    }
    const d = normDim('cat', dim, first.length);
    if (typeof d !== 'number') return d;
    const out = [...first];
    for (let i = 1; i < shapes.length; i++) {
      const s = shapes[i];
      if (s.length !== first.length) {
        return errors.shape('cat', `tensors must have the same number of dimensions: got ${first.length} and ${s.length}`);
      }
      for (let j = 0; j < s.length; j++) {
        if (j !== d && s[j] !== first[j]) {
          return errors.shape(
            'cat',
            `sizes of tensors must match except in dimension ${d}: expected size ${first[j]} but got size ${s[j]} for tensor number ${i} in the list`,
          );
        }
      }
      out[d] += s[d];
    }
    return out;
  },
  dtype: joinedDtype,
  forward: (inputs, { dim }, outShape) => {
    const d = normDim('cat', dim, outShape.length) as number;
    const { outer, inner } = around(outShape, d);
    const out = new Float64Array(sizeOf(outShape));
    const row = outShape[d] * inner;
    let at = 0;
    for (const t of inputs) {
      const block = t.shape[d] * inner;
      for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * block, (o + 1) * block), o * row + at);
      at += block;
    }
    return out;
  },
  // Each input's gradient is its own stretch of the upstream along dim.
  backward: (inputs, _out, g, { dim }, needs) => {
    const d = normDim('cat', dim, g.rank) as number;
    let at = 0;
    return inputs.map((t, i) => {
      const start = at;
      at += t.shape[d];
      return needs[i] ? run(getitem, [g], partAlong(g.shape, d, { kind: 'slice', start, stop: at, step: 1 })) : null;
    });
  },
};
