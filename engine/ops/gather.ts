import { type CellError, errors } from '../errors';
import { type OpDef, run } from '../op';
import { type Shape, normDim, sizeOf, stridesOf } from '../shape';
import type { Tensor } from '../tensor';
import { constant } from './backward-helpers';
import { scatter_add } from './scatter_add';

/** What gather and scatter_add take: the dim along which `index` picks positions. */
export interface IndexAttrs {
  readonly dim: number;
}

/**
 * The first index in `index` that is not a whole number in [0, size), as an error naming it and the
 * size, or null. The ops themselves cannot fail on values, so callers check before calling them.
 */
export function badIndex(op: string, index: Tensor, size: number, what = 'index'): CellError | null {
  for (const v of index.data) {
    if (!Number.isInteger(v) || v < 0 || v >= size) return errors.value(op, `${what} ${v} is out of range for size ${size}`);
  }
  return null;
}

/**
 * Calls `visit(p, base, k)` for each position p of `index` (row-major): `base` is p's offset into a
 * tensor of strides `strides` with the `dim` coordinate left out, `k` the index value there.
 */
export function walkIndex(
  index: Tensor,
  dim: number,
  strides: readonly number[],
  visit: (p: number, base: number, k: number) => void,
): void {
  const shape = index.shape;
  const rank = shape.length;
  const idx = new Array<number>(rank).fill(0);
  const step = strides.map((s, d) => (d === dim ? 0 : s));
  let base = 0;
  const id = index.data;
  for (let p = 0; p < id.length; p++) {
    visit(p, base, id[p]);
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++;
      base += step[d];
      if (idx[d] < shape[d]) break;
      base -= step[d] * shape[d];
      idx[d] = 0;
    }
  }
}

/** The shape rule both ops share: same rank, and `index` no larger than `into` except along `dim`. */
export function indexShapeError(op: string, into: Shape, index: Shape, dim: number): CellError | null {
  if (into.length !== index.length) {
    return errors.shape(
      op,
      `index of shape ${errors.fmtShape(index)} must have the same rank as the input of shape ${errors.fmtShape(into)}`,
    );
  }
  for (let d = 0; d < into.length; d++) {
    if (d !== dim && index[d] > into[d]) {
      return errors.shape(
        op,
        `index of shape ${errors.fmtShape(index)} is larger than the input of shape ${errors.fmtShape(into)} in dim ${d}`,
      );
    }
  }
  return null;
}

/** out[p] = input[p with its `dim` coordinate replaced by index[p]], as torch.gather. */
export const gather: OpDef<IndexAttrs> = {
  name: 'gather',
  gradFn: 'GatherBackward0',
  doc: 'Picks values along a dim at the positions an index tensor gives.',
  shape: ([a, index], { dim }) => {
    const d = normDim('gather', dim, a.length);
    if (typeof d !== 'number') return d;
    return indexShapeError('gather', a, index, d) ?? index;
  },
  // An index out of range (callers check first) reads as NaN rather than another element.
  forward: ([a, index], { dim }, shape) => {
    const d = a.rank === 0 ? 0 : (normDim('gather', dim, a.rank) as number);
    const out = new Float64Array(sizeOf(shape));
    const strides = a.rank === 0 ? [1] : stridesOf(a.shape);
    const size = a.rank === 0 ? 1 : a.shape[d];
    const ad = a.data;
    walkIndex(index, d, strides, (p, base, k) => {
      out[p] = Number.isInteger(k) && k >= 0 && k < size ? ad[base + k * strides[d]] : NaN;
    });
    return out;
  },
  // Each picked value's upstream goes back to where it was picked from (adding up repeats).
  backward: ([a, index], _out, g, { dim }) => {
    const zeros = constant(new Float64Array(a.size), a.shape);
    return [run(scatter_add, [zeros, index, g], { dim }), null];
  },
};
