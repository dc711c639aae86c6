// matmul where WebAssembly is unavailable (no SIMD, or compiling failed): the JS loop does every
// product, and its sums run in ascending k exactly as the naive loop's, whatever the tiling.
import { describe, expect, it, vi } from 'vitest';
import { call } from '../op';
import { type Tensor, tensorOf } from '../tensor';
import { type MatmulAttrs, matmul } from './matmul';

vi.mock('../kernels/wasm/gemm', () => ({ gemm: () => null }));

/** A tensor of the shape whose values (thirds, so sums round) depend on `seed`. */
const operand = (shape: number[], seed: number): Tensor =>
  tensorOf(
    Float64Array.from({ length: shape.reduce((x, y) => x * y, 1) }, (_, i) => (((i + seed) * 7) % 13) / 3 - 2.1),
    shape,
  );

/** Matrix `item` of a batch of matrices of the shape's last two dims. */
const itemOf = (t: Tensor, item: number): Tensor => {
  const [rows, cols] = t.shape.slice(-2);
  return tensorOf(t.data.subarray(item * rows * cols, (item + 1) * rows * cols), [rows, cols]);
};

/** The naive loop over op(a)·op(b), where a flagged operand is stored transposed. */
function naive(a: Tensor, b: Tensor, { transposeA = false, transposeB = false }: MatmulAttrs): Float64Array {
  const [n, k] = transposeA ? [a.shape[1], a.shape[0]] : a.shape;
  const m = transposeB ? b.shape[0] : b.shape[1];
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a.data[transposeA ? p * n + i : i * k + p] * b.data[transposeB ? j * k + p : p * m + j];
      out[i * m + j] = s;
    }
  }
  return out;
}

describe('matmul in JS', () => {
  it('gives the same sums as the naive loop across tiles (131 × 300 · 300 × 270)', () => {
    const a = operand([131, 300], 0);
    const b = operand([300, 270], 1);
    expect((call(matmul, [a, b]) as Tensor).data).toEqual(naive(a, b, {}));
  });

  const FLAGS: MatmulAttrs[] = [{ transposeA: true }, { transposeB: true }, { transposeA: true, transposeB: true }];
  for (const flags of FLAGS) {
    it(`reads ${JSON.stringify(flags)} as the naive loop does`, () => {
      const a = operand(flags.transposeA ? [140, 33] : [33, 140], 2);
      const b = operand(flags.transposeB ? [270, 140] : [140, 270], 3);
      expect((call(matmul, [a, b], flags) as Tensor).data).toEqual(naive(a, b, flags));
    });
  }

  it('multiplies each pair of a broadcast batch, transposed in place', () => {
    const a = operand([2, 1, 20, 30], 4);
    const b = operand([3, 25, 30], 5);
    const c = call(matmul, [a, b], { transposeB: true }) as Tensor;
    expect(c.shape).toEqual([2, 3, 20, 25]);
    for (let item = 0; item < 6; item++) {
      const want = naive(itemOf(a, Math.floor(item / 3)), itemOf(b, item % 3), { transposeB: true });
      expect(itemOf(c, item).data).toEqual(want);
    }
  });
});
