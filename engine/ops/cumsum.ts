import { type OpDef, run } from '../op';
import { normDim } from '../shape';
import { lanes } from '../kernels/reduce';

/** What cumsum takes: the dim, and (for its own backward) whether to sum from the end. */
export interface CumsumAttrs {
  readonly dim: number;
  /** out[k] = sum of x[j] for j >= k instead of j <= k; not a PyTorch flag, it is cumsum's adjoint. */
  readonly reverse?: boolean;
}

/** Running sum along a dim. */
export const cumsum: OpDef<CumsumAttrs> = {
  name: 'cumsum',
  gradFn: 'CumsumBackward0',
  doc: 'Running sum along a dim.',
  shape: ([a], { dim }) => {
    const d = normDim('cumsum', dim, a.length);
    return typeof d === 'number' ? a : d;
  },
  forward: ([a], { dim, reverse }) => {
    const { outer, n, inner } = lanes(a.shape, normDim('cumsum', dim, a.rank) as number);
    const out = a.data.slice();
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i;
        if (reverse) for (let k = n - 2; k >= 0; k--) out[base + k * inner] += out[base + (k + 1) * inner];
        else for (let k = 1; k < n; k++) out[base + k * inner] += out[base + (k - 1) * inner];
      }
    }
    return out;
  },
  // x[j] reaches every out[k] with k >= j, so its gradient is the reversed running sum of the upstream.
  backward: (_in, _out, g, { dim, reverse }) => [run(cumsum, [g], { dim, reverse: !reverse })],
};
