import { type CellError, errors } from '../errors';
import { type OpDef, run } from '../op';
import { type Shape, broadcastShapes, broadcastStrides, sameShape, sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { swapLast } from './permute';
import { reshape } from './reshape';

// Tiles of B (TK rows × TJ columns, 256 KB) stay in cache while every row of A passes over them.
const TK = 128;
const TJ = 256;

/**
 * C[n×m] += A[n×k]·B[k×m] at the given offsets. i-k-j order over tiles of B, four rows of C at a time so
 * each B element loaded serves four multiply-adds; no allocation. Each C[i][j] still sums over k in
 * ascending order, so results do not depend on the tiling (a test checks them against the naive loop).
 */
function mmInto(A: Float64Array, ao: number, B: Float64Array, bo: number, C: Float64Array, co: number, n: number, k: number, m: number): void {
  if (m === 1) {
    // Matrix-vector: a dot product per row.
    for (let i = 0; i < n; i++) {
      let s = 0;
      const ar = ao + i * k;
      for (let p = 0; p < k; p++) s += A[ar + p] * B[bo + p];
      C[co + i] = s;
    }
    return;
  }
  const n4 = n - (n % 4);
  for (let p0 = 0; p0 < k; p0 += TK) {
    const p1 = Math.min(p0 + TK, k);
    for (let j0 = 0; j0 < m; j0 += TJ) {
      const j1 = Math.min(j0 + TJ, m);
      let i = 0;
      for (; i < n4; i += 4) {
        const c0 = co + i * m;
        const c1 = c0 + m;
        const c2 = c1 + m;
        const c3 = c2 + m;
        const r0 = ao + i * k;
        for (let p = p0; p < p1; p++) {
          const a0 = A[r0 + p];
          const a1 = A[r0 + k + p];
          const a2 = A[r0 + 2 * k + p];
          const a3 = A[r0 + 3 * k + p];
          const br = bo + p * m;
          for (let j = j0; j < j1; j++) {
            const b = B[br + j];
            C[c0 + j] += a0 * b;
            C[c1 + j] += a1 * b;
            C[c2 + j] += a2 * b;
            C[c3 + j] += a3 * b;
          }
        }
      }
      for (; i < n; i++) {
        const cr = co + i * m;
        const ar = ao + i * k;
        for (let p = p0; p < p1; p++) {
          const aip = A[ar + p];
          const br = bo + p * m;
          for (let j = j0; j < j1; j++) C[cr + j] += aip * B[br + j];
        }
      }
    }
  }
}

/** Batch dims of an operand (all but the matrix dims; a 1-D operand has none). */
const batchOf = (s: Shape): Shape => (s.length > 2 ? s.slice(0, -2) : []);

/**
 * torch.matmul's shape rule: 1-D operands are a row (left) or column (right) vector whose dim is
 * dropped from the result; batch dims broadcast. `op` names the function in the message.
 */
export function matmulShape(op: string, a: Shape, b: Shape): Shape | CellError {
  if (a.length === 0 || b.length === 0) {
    return errors.shape(op, `both arguments need at least 1 dimension, but they have ${a.length} and ${b.length}`);
  }
  const ka = a[a.length - 1];
  const kb = b.length === 1 ? b[0] : b[b.length - 2];
  if (ka !== kb) return errors.shape(op, `shapes ${errors.fmtShape(a)} and ${errors.fmtShape(b)} cannot be multiplied (${ka} ≠ ${kb})`);
  const batch = broadcastShapes(op, batchOf(a), batchOf(b));
  if (!Array.isArray(batch)) {
    return errors.shape(op, `the batch dims of ${errors.fmtShape(a)} and ${errors.fmtShape(b)} do not broadcast`);
  }
  return [...batch, ...(a.length > 1 ? [a[a.length - 2]] : []), ...(b.length > 1 ? [b[b.length - 1]] : [])];
}

/** PyTorch 2's node for each rank combination; every batched case ends in `_unsafe_view(bmm(...))`. */
function matmulGradFn(ra: number, rb: number): string {
  if (ra === 1 && rb === 1) return 'DotBackward0';
  if (ra === 2 && rb === 1) return 'MvBackward0';
  if (ra === 1 && rb === 2) return 'SqueezeBackward4'; // unsqueeze(0).mm(b).squeeze_(0)
  if (ra === 2 && rb === 2) return 'MmBackward0';
  return 'UnsafeViewBackward0';
}

/** Matrix product with torch.matmul's rules for every rank combination (`@`, mm, mv, dot). */
export const matmul: OpDef = {
  name: 'matmul', gradFn: (_a, [a, b]) => matmulGradFn(a.rank, b.rank),
  doc: 'Matrix product; 1-D operands are vectors, batch dims broadcast.',
  example: 'matmul([[1, 2], [3, 4]], [1, 1]) → [3, 7]',
  shape: ([a, b]) => matmulShape('matmul', a, b),
  forward: ([a, b], _attrs, outShape) => {
    const n = a.rank > 1 ? a.shape[a.rank - 2] : 1;
    const k = a.shape[a.rank - 1];
    const m = b.rank > 1 ? b.shape[b.rank - 1] : 1;
    const out = new Float64Array(sizeOf(outShape));
    const batch = outShape.slice(0, outShape.length - (a.rank > 1 ? 1 : 0) - (b.rank > 1 ? 1 : 0));
    // Offsets of each operand's matrix per batch item (stride 0 where it broadcasts), by an odometer.
    const sa = broadcastStrides(batchOf(a.shape), batch).map((s) => s * n * k);
    const sb = broadcastStrides(batchOf(b.shape), batch).map((s) => s * k * m);
    const idx = new Array<number>(batch.length).fill(0);
    let ao = 0;
    let bo = 0;
    const count = sizeOf(batch);
    for (let c = 0; c < count; c++) {
      mmInto(a.data, ao, b.data, bo, out, c * n * m, n, k, m);
      for (let d = batch.length - 1; d >= 0; d--) {
        idx[d]++;
        ao += sa[d];
        bo += sb[d];
        if (idx[d] < batch[d]) break;
        ao -= sa[d] * batch[d];
        bo -= sb[d] * batch[d];
        idx[d] = 0;
      }
    }
    return out;
  },
  // With 1-D operands promoted to [1, k] and [k, 1]: grad_a = g·bᵀ and grad_b = aᵀ·g, then the
  // promoted dim is dropped again. Broadcast batch dims are summed away by the core.
  backward: ([a, b], _out, g, _attrs, needs) => {
    const a2 = a.rank === 1 ? run(reshape, [a], [1, a.shape[0]]) : a;
    const b2 = b.rank === 1 ? run(reshape, [b], [b.shape[0], 1]) : b;
    const promoted = matmulShape('matmul', a2.shape, b2.shape) as Shape;
    const g2 = sameShape(g.shape, promoted) ? g : run(reshape, [g], promoted);
    const dropDim = (t: Tensor, d: number): Tensor => run(reshape, [t], t.shape.filter((_, i) => i !== t.rank + d));
    let ga = needs[0] ? run(matmul, [g2, swapLast(b2)]) : null;
    let gb = needs[1] ? run(matmul, [swapLast(a2), g2]) : null;
    if (ga && a.rank === 1) ga = dropDim(ga, -2);
    if (gb && b.rank === 1) gb = dropDim(gb, -1);
    return [ga, gb];
  },
};
