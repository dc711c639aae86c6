import { type OpDef, run } from '../op';
import { normDim } from '../shape';
import type { Tensor } from '../tensor';
import { add } from './add';
import { mul } from './mul';
import { lanes } from '../kernels/reduce';
import { constant } from './backward-helpers';
import { reshape } from './reshape';
import { sum } from './sum';

/** What prod_others takes: the dim whose lanes it multiplies along. */
export interface DimAttrs {
  readonly dim: number;
}

/** The pattern (j, k) ↦ (j ≠ k) or (j = k) as an [n, n, 1, ...] constant that lines up with dims d, d + 1. */
function pairs(n: number, trailing: number, offDiagonal: boolean): Tensor {
  const data = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) data[j * n + k] = (j !== k) === offDiagonal ? 1 : 0;
  return constant(data, [n, n, ...new Array<number>(trailing).fill(1)]);
}

/**
 * For each element, the product of the other elements of its lane along `dim`: prod's derivative.
 * Built from prefix and suffix products, so zeros in the input are exact (no division by x). Not a
 * PyTorch op: prod's backward needs it as an op to be differentiable again.
 */
export const prod_others: OpDef<DimAttrs> = {
  name: 'prod_others',
  gradFn: 'ProdOthersBackward0',
  doc: 'For each element, the product of the others along a dim.',
  shape: ([a], { dim }) => {
    const d = normDim('prod', dim, a.length);
    return typeof d === 'number' ? a : d;
  },
  forward: ([a], { dim }) => {
    const { outer, n, inner } = lanes(a.shape, normDim('prod', dim, a.rank) as number);
    const ad = a.data;
    const out = new Float64Array(ad.length);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i;
        let acc = 1;
        for (let k = 0; k < n; k++) {
          out[base + k * inner] = acc;
          acc *= ad[base + k * inner];
        }
        acc = 1;
        for (let k = n - 1; k >= 0; k--) {
          out[base + k * inner] *= acc;
          acc *= ad[base + k * inner];
        }
      }
    }
    return out;
  },
  // d out_i / d x_j (j ≠ i) is the product of everything but x_i and x_j. For each j that is
  // prod_others of the lane with x_j replaced by 1, so the rule builds those n lanes (a new axis at
  // dim) and calls this op again: exact with zeros, and differentiable to any order.
  backward: ([a], _out, u, { dim }) => {
    if (a.rank === 0) return [null];
    const d = normDim('prod', dim, a.rank) as number;
    const n = a.shape[d];
    const before = a.shape.slice(0, d);
    const after = a.shape.slice(d);
    const off = pairs(n, a.rank - d - 1, true);
    const lanesOf = run(add, [run(mul, [run(reshape, [a], [...before, 1, ...after]), off]), pairs(n, a.rank - d - 1, false)]);
    const others = run(prod_others, [lanesOf], { dim: d + 1 });
    const weighted = run(mul, [run(mul, [others, run(reshape, [u], [...before, 1, ...after])]), off]);
    return [run(sum, [weighted], { dims: [d + 1], keepdim: false })];
  },
};
