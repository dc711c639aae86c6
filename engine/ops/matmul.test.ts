import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../testing';
import { type Tensor, tensorOf } from '../tensor';
import { matmul } from './matmul';

const A = [[1, 2, 3], [4, 5, 6]];
const B = [[1, 0], [0, 1], [1, 1]];
const mm = (a: Tensor, b: Tensor) => call(matmul, [a, b]);

describe('matmul', () => {
  it('1-D · 1-D is a dot product (0-D)', () => expect(outcome(mm(t([1, 2, 3]), t([4, 5, 6])))).toEqual({ value: 32, shape: [] }));
  it('2-D · 1-D is matrix-vector', () => expect(outcome(mm(t(A), t([1, 1, 1])))).toEqual({ value: [6, 15], shape: [2] }));
  it('1-D · 2-D is vector-matrix', () => expect(outcome(mm(t([1, 1]), t(A)))).toEqual({ value: [5, 7, 9], shape: [3] }));
  it('2-D · 2-D', () => expect(outcome(mm(t(A), t(B)))).toEqual({ value: [[4, 5], [10, 11]], shape: [2, 2] }));
  it('broadcasts batch dims', () =>
    expect(outcome(mm(t([[[1, 0], [0, 1]], [[2, 0], [0, 2]]]), t([[1, 2], [3, 4]])))).toEqual({
      value: [[[1, 2], [3, 4]], [[2, 4], [6, 8]]],
      shape: [2, 2, 2],
    }));
  it('broadcasts [2, 1, 1, 2] with [3, 2, 1]', () => expect((mm(t([[[[1, 2]]], [[[3, 4]]]]), t([[[1], [1]], [[2], [0]], [[0], [1]]])) as Tensor).shape).toEqual([2, 3, 1, 1]));
  it('gives the same sums as the naive loop across tiles (131 × 300 · 300 × 270)', () => {
    const [n, k, m] = [131, 300, 270];
    const a = tensorOf(Float64Array.from({ length: n * k }, (_, i) => ((i * 7) % 13) - 6.5), [n, k]);
    const b = tensorOf(Float64Array.from({ length: k * m }, (_, i) => ((i * 5) % 11) / 3), [k, m]);
    const c = mm(a, b) as Tensor;
    const want = new Float64Array(n * m);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a.data[i * k + p] * b.data[p * m + j];
      want[i * m + j] = s;
    }
    expect(c.data).toEqual(want);
  });
  it('rejects inner sizes that differ, in PyTorch-like words', () =>
    expect(outcome(mm(t(A), t(A)))).toEqual({ error: '#SHAPE!', message: 'matmul: shapes [2, 3] and [2, 3] cannot be multiplied (3 ≠ 2)' }));
  it('rejects 0-D operands', () =>
    expect(outcome(mm(t(2), t([1])))).toEqual({ error: '#SHAPE!', message: 'matmul: both arguments need at least 1 dimension, but they have 0 and 1' }));
  it('rejects batch dims that do not broadcast', () =>
    expect(outcome(mm(t([[[1]], [[2]]]), t([[[1]], [[2]], [[3]]])))).toEqual({
      error: '#SHAPE!',
      message: 'matmul: the batch dims of [2, 1, 1] and [3, 1, 1] do not broadcast',
    }));
  it('names the node as PyTorch 2 does for each rank pair', () => {
    const v = t([1, 2], true);
    const M = t([[1, 2], [3, 4]], true);
    const T = t([[[1, 2], [3, 4]]], true);
    expect([mm(v, v), mm(M, v), mm(v, M), mm(M, M), mm(T, T), mm(T, M)].map((y) => (y as Tensor).gradFn)).toEqual([
      'DotBackward0', 'MvBackward0', 'SqueezeBackward4', 'MmBackward0', 'UnsafeViewBackward0', 'UnsafeViewBackward0',
    ]);
  });
  it('has gradients g·bᵀ and aᵀ·g', () => {
    const a = t(A, true);
    const b = t(B, true);
    expect(gradOf(mm(a, b) as Tensor, [a, b])).toEqual([[[1, 1, 2], [1, 1, 2]], [[5, 5], [7, 7], [9, 9]]]);
  });
  it('has the other vector as the gradient of a dot product', () => {
    const a = t([1, 2, 3], true);
    const b = t([4, 5, 6], true);
    expect(gradOf(mm(a, b) as Tensor, [a, b])).toEqual([[4, 5, 6], [1, 2, 3]]);
  });
  it('sums a broadcast operand\'s gradient over the batch', () => {
    const a = t([[[1, 0]], [[0, 1]]], true);
    const b = t([[1, 2], [3, 4]], true);
    expect(gradOf(mm(a, b) as Tensor, [a, b])).toEqual([[[[3, 7]], [[3, 7]]], [[1, 1], [1, 1]]]);
  });
});
