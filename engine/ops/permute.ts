import { type CellError, errors } from '../errors';
import { type OpDef, run } from '../op';
import { normDim, sizeOf, stridesOf } from '../shape';
import type { Tensor } from '../tensor';
import { gatherLayout, stridedLayout } from '../kernels/strided';

export interface PermuteAttrs {
  /** Where each output dim comes from (negative counts from the end). */
  readonly dims: readonly number[];
  /** `TransposeBackward0` when the permute came from `transpose`; PermuteBackward0 otherwise. */
  readonly gradFn?: string;
}

/** The dims normalised against `rank`, or why they are not an ordering of its dims. */
function permuteDims(dims: readonly number[], rank: number): number[] | CellError {
  if (dims.length !== rank) {
    return errors.value('permute', `the tensor has ${rank} dims but the ordering has ${dims.length}`);
  }
  const out: number[] = [];
  for (const d of dims) {
    const n = normDim('permute', d, rank);
    if (typeof n !== 'number') return n;
    if (out.includes(n)) return errors.value('permute', `dim ${d} appears more than once`);
    out.push(n);
  }
  return out;
}

/** Reorders dims: output dim i is input dim dims[i] (`permute`, `transpose`, `x.T`). */
export const permute: OpDef<PermuteAttrs> = {
  name: 'permute',
  gradFn: (a) => a.gradFn ?? 'PermuteBackward0',
  doc: 'The same elements with the dims reordered.',
  shape: ([a], attrs) => {
    const dims = permuteDims(attrs.dims, a.length);
    return Array.isArray(dims) ? dims.map((d) => a[d]) : dims;
  },
  dtype: ([d]) => d,
  forward: ([a], attrs, outShape) => {
    const dims = permuteDims(attrs.dims, a.rank) as number[];
    const st = stridesOf(a.shape);
    return gatherLayout(
      a.data,
      stridedLayout(
        outShape,
        dims.map((d) => st[d]),
      ),
      sizeOf(outShape),
    );
  },
  // The inverse ordering puts each gradient element back where its input element came from.
  backward: ([a], _out, g, attrs) => {
    const dims = permuteDims(attrs.dims, a.rank) as number[];
    const inverse = new Array<number>(dims.length);
    dims.forEach((d, i) => (inverse[d] = i));
    return [run(permute, [g], { dims: inverse })];
  },
};

/** Swaps two dims (`torch.transpose`), shown as TransposeBackward0. */
export function transposeAttrs(rank: number, dim0: number, dim1: number): PermuteAttrs | CellError {
  const d0 = normDim('transpose', dim0, rank);
  if (typeof d0 !== 'number') return d0;
  const d1 = normDim('transpose', dim1, rank);
  if (typeof d1 !== 'number') return d1;
  const dims = Array.from({ length: rank }, (_, i) => i);
  // A 0-D tensor accepts dims 0 and -1 and has nothing to swap.
  if (rank > 0) {
    dims[d0] = d1;
    dims[d1] = d0;
  }
  return { dims, gradFn: 'TransposeBackward0' };
}

/**
 * `x.T`: all dims reversed (PyTorch 2 implements it with permute, so it shows PermuteBackward0).
 * A 0-D or 1-D tensor comes back unchanged, as in PyTorch.
 */
export function transpose2d(t: Tensor): Tensor {
  if (t.rank < 2) return t;
  return run(permute, [t], { dims: Array.from({ length: t.rank }, (_, i) => t.rank - 1 - i) });
}

/** Swaps the last two dims (matrix transpose of each batch item); tests use it as the reference for matmul's transposed products. */
export function swapLast(t: Tensor): Tensor {
  const dims = Array.from({ length: t.rank }, (_, i) => i);
  dims[t.rank - 2] = t.rank - 1;
  dims[t.rank - 1] = t.rank - 2;
  return run(permute, [t], { dims });
}
