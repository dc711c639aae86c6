// Owns matmul: torch.matmul's shape rule for every rank combination, the forward (the WebAssembly
// kernel of engine/kernels/wasm/gemm.ts for all but small products, a JS loop otherwise) and the backward.

import { type CellError, errors, isError } from '../errors';
import { type OpDef, run } from '../op';
import { type Shape, broadcastShapes, broadcastStrides, sameShape, sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { gemm } from '../kernels/wasm/gemm';
import { reshape } from './reshape';

// Tiles of B (TK rows × TJ columns, 256 KB) stay in cache while every row of A passes over them.
const TK = 128;
const TJ = 256;

/**
 * C[n×m] += A[n×k]·B[k×m] at the given offsets. i-k-j order over tiles of B, four rows of C at a time so
 * each B element loaded serves four multiply-adds; no allocation. Each C[i][j] still sums over k in
 * ascending order, so results do not depend on the tiling (a test checks them against the naive loop).
 */
function mmInto(
  A: Float64Array,
  ao: number,
  B: Float64Array,
  bo: number,
  C: Float64Array,
  co: number,
  n: number,
  k: number,
  m: number,
): void {
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

/**
 * Products with fewer multiply-adds stay in the JS loop, as do dot products (n = m = 1): there the
 * copies in and out of WebAssembly memory cost more than the arithmetic saves. Measured on a 2-core
 * Xeon: the kernel is 1.1–2.7× slower up to 5×5×5, even at 256 (4×8×8 1.1×, 8×8×4 0.6×), 2.5× faster
 * at 8×8×8 and 9× at 64×64×64; matrix-vector products gain 2× from 100×100 on, a dot product of 4096 loses 2.3×.
 */
const WASM_MIN_MULADDS = 256;

/**
 * out[co…] = A·B for one product of n×k by k×m, where a transposed operand (`aT`, `bT`) is stored
 * as its transpose (k×n, m×k) and read as such. `out` starts as zeros.
 */
function productInto(
  a: Float64Array,
  ao: number,
  aT: boolean,
  b: Float64Array,
  bo: number,
  bT: boolean,
  out: Float64Array,
  co: number,
  n: number,
  k: number,
  m: number,
): void {
  const kernel = n * m > 1 && n * k * m >= WASM_MIN_MULADDS ? gemm() : null;
  if (kernel !== null) kernel.multiply(a, ao, aT, b, bo, bT, out, co, n, k, m);
  else mmInto(aT ? transposed(a, ao, k, n) : a, aT ? 0 : ao, bT ? transposed(b, bo, m, k) : b, bT ? 0 : bo, out, co, n, k, m);
}

/** The rows×cols matrix at `at` in `src`, transposed into a new array (the JS loop reads rows only). */
function transposed(src: Float64Array, at: number, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = src[at + r * cols + c];
  return out;
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
  if (isError(batch)) {
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

/** Products by a transposed operand, so that matmul's backward never copies one (BLAS's transa/transb). */
export interface MatmulAttrs {
  /** Multiply by the transpose of a's last two dims (a has at least 2). */
  readonly transposeA?: boolean;
  /** Multiply by the transpose of b's last two dims (b has at least 2). */
  readonly transposeB?: boolean;
}

/** The shape an operand takes part in the product with: its last two dims swapped when transposed. */
function asOperand(s: Shape, transpose: boolean): Shape {
  if (!transpose) return s;
  if (s.length < 2) throw new Error(`matmul: a ${s.length}-D operand cannot be transposed`);
  return [...s.slice(0, -2), s[s.length - 1], s[s.length - 2]];
}

/** Matrix product with torch.matmul's rules for every rank combination (`@`, mm, mv, dot). */
export const matmul: OpDef<MatmulAttrs | undefined> = {
  name: 'matmul',
  gradFn: (_attrs, [a, b]) => matmulGradFn(a.rank, b.rank),
  doc: 'Matrix product; 1-D operands are vectors, batch dims broadcast.',
  shape: ([a, b], attrs) => matmulShape('matmul', asOperand(a, attrs?.transposeA === true), asOperand(b, attrs?.transposeB === true)),
  forward: ([a, b], attrs, outShape) => {
    const aT = attrs?.transposeA === true;
    const bT = attrs?.transposeB === true;
    const as = asOperand(a.shape, aT);
    const bs = asOperand(b.shape, bT);
    const n = as.length > 1 ? as[as.length - 2] : 1;
    const k = as[as.length - 1];
    const m = bs.length > 1 ? bs[bs.length - 1] : 1;
    const out = new Float64Array(sizeOf(outShape));
    const batch = outShape.slice(0, outShape.length - (a.rank > 1 ? 1 : 0) - (b.rank > 1 ? 1 : 0));
    // Offsets of each operand's matrix per batch item (stride 0 where it broadcasts), by an odometer;
    // a transposed operand's matrix has the same size and offset, only read the other way.
    const sa = broadcastStrides(batchOf(a.shape), batch).map((s) => s * n * k);
    const sb = broadcastStrides(batchOf(b.shape), batch).map((s) => s * k * m);
    const idx = new Array<number>(batch.length).fill(0);
    let ao = 0;
    let bo = 0;
    const count = sizeOf(batch);
    for (let c = 0; c < count; c++) {
      productInto(a.data, ao, aT, b.data, bo, bT, out, c * n * m, n, k, m);
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
  // With 1-D operands promoted to [1, k] and [k, 1], and op(x) = x or xᵀ as flagged: the gradient
  // of op(a) is g·op(b)ᵀ and that of op(b) is op(a)ᵀ·g, each transposed back where its operand is
  // transposed. Every transpose is a flag of the product, never a copy. The promoted dim is then
  // dropped again; broadcast batch dims are summed away by the core.
  backward: ([a, b], _out, g, attrs, needs) => {
    const aT = attrs?.transposeA === true;
    const bT = attrs?.transposeB === true;
    const a2 = a.rank === 1 ? run(reshape, [a], [1, a.shape[0]]) : a;
    const b2 = b.rank === 1 ? run(reshape, [b], [b.shape[0], 1]) : b;
    const promoted = matmulShape('matmul', asOperand(a2.shape, aT), asOperand(b2.shape, bT)) as Shape;
    const g2 = sameShape(g.shape, promoted) ? g : run(reshape, [g], promoted);
    const dropDim = (t: Tensor, d: number): Tensor =>
      run(
        reshape,
        [t],
        t.shape.filter((_, i) => i !== t.rank + d),
      );
    let ga: Tensor | null = null;
    if (needs[0]) ga = aT ? run(matmul, [b2, g2], { transposeA: bT, transposeB: true }) : run(matmul, [g2, b2], { transposeB: !bT });
    let gb: Tensor | null = null;
    if (needs[1]) gb = bT ? run(matmul, [g2, a2], { transposeA: true, transposeB: aT }) : run(matmul, [a2, g2], { transposeA: !aT });
    if (ga && a.rank === 1) ga = dropDim(ga, -2);
    if (gb && b.rank === 1) gb = dropDim(gb, -1);
    return [ga, gb];
  },
};
