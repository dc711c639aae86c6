import { type OpDef, run } from '../op';
import { normDim } from '../shape';
import { mul } from './mul';
import { prod_others } from './prod_others';
import { lanes, reducedShape } from '../kernels/reduce';
import { unreduce } from './backward-helpers';
import { reshape } from './reshape';

/** What prod takes: one dim (null: every element), and whether to keep it as size 1. */
export interface ProdAttrs {
  readonly dim: number | null;
  readonly keepdim: boolean;
}

/** Product of all elements, or along one dim. */
export const prod: OpDef<ProdAttrs> = {
  name: 'prod',
  gradFn: (a) => (a.dim === null ? 'ProdBackward0' : 'ProdBackward1'),
  doc: 'Product of the elements, of all or along one dim.',
  shape: ([a], { dim, keepdim }) => {
    if (dim === null) return keepdim ? a.map(() => 1) : [];
    const d = normDim('prod', dim, a.length);
    return typeof d === 'number' ? reducedShape(a, a.length === 0 ? [] : [d], keepdim) : d;
  },
  forward: ([a], { dim }) => {
    const { outer, n, inner } = dim === null ? { outer: 1, n: a.size, inner: 1 } : lanes(a.shape, normDim('prod', dim, a.rank) as number);
    const out = new Float64Array(outer * inner).fill(1);
    const ad = a.data;
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < n; k++) for (let i = 0; i < inner; i++) out[o * inner + i] *= ad[(o * n + k) * inner + i];
    }
    return out;
  },
  // Each element's gradient is the upstream times the product of the others (exact when some are 0).
  backward: ([a], _out, g, { dim }) => {
    if (dim === null) {
      const flat = run(prod_others, [run(reshape, [a], [a.size])], { dim: 0 });
      return [run(mul, [g, run(reshape, [flat], a.shape)])];
    }
    const ds = a.rank === 0 ? [] : [normDim('prod', dim, a.rank) as number];
    return [run(mul, [unreduce(g, a.shape, ds), run(prod_others, [a], { dim: ds.length === 0 ? 0 : ds[0] })])];
  },
};
