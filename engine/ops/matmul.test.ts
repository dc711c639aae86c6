import { describe, expect, it } from 'vitest';
import { vjp } from '../autograd';
import { isError } from '../errors';
import { call, run } from '../op';
import { makeRandom } from '../random';
import { type Shape, sizeOf } from '../shape';
import { gradOf, outcome, t } from '../test-helpers';
import { Tensor, tensorOf } from '../tensor';
import { add } from './add';
import { type MatmulAttrs, matmul } from './matmul';
import { mul } from './mul';
import { swapLast } from './permute';
import { ALL } from './reduce-dims';
import { sum } from './sum';

const A = [
  [1, 2, 3],
  [4, 5, 6],
];
const B = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const mm = (a: Tensor, b: Tensor) => call(matmul, [a, b]);

describe('matmul', () => {
  it('1-D · 1-D is a dot product (0-D)', () => expect(outcome(mm(t([1, 2, 3]), t([4, 5, 6])))).toEqual({ value: 32, shape: [] }));
  it('2-D · 1-D is matrix-vector', () => expect(outcome(mm(t(A), t([1, 1, 1])))).toEqual({ value: [6, 15], shape: [2] }));
  it('1-D · 2-D is vector-matrix', () => expect(outcome(mm(t([1, 1]), t(A)))).toEqual({ value: [5, 7, 9], shape: [3] }));
  it('2-D · 2-D', () =>
    expect(outcome(mm(t(A), t(B)))).toEqual({
      value: [
        [4, 5],
        [10, 11],
      ],
      shape: [2, 2],
    }));
  it('broadcasts batch dims', () =>
    expect(
      outcome(
        mm(
          t([
            [
              [1, 0],
              [0, 1],
            ],
            [
              [2, 0],
              [0, 2],
            ],
          ]),
          t([
            [1, 2],
            [3, 4],
          ]),
        ),
      ),
    ).toEqual({
      value: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [2, 4],
          [6, 8],
        ],
      ],
      shape: [2, 2, 2],
    }));
  it('broadcasts [2, 1, 1, 2] with [3, 2, 1]', () =>
    expect(
      (
        mm(
          t([[[[1, 2]]], [[[3, 4]]]]),
          t([
            [[1], [1]],
            [[2], [0]],
            [[0], [1]],
          ]),
        ) as Tensor
      ).shape,
    ).toEqual([2, 3, 1, 1]));
  it('agrees with the naive loop to rounding in the WebAssembly kernel (131 × 300 · 300 × 270)', () => {
    const [n, k, m] = [131, 300, 270];
    const a = tensorOf(
      Float64Array.from({ length: n * k }, (_, i) => ((i * 7) % 13) - 6.5),
      [n, k],
    );
    const b = tensorOf(
      Float64Array.from({ length: k * m }, (_, i) => ((i * 5) % 11) / 3),
      [k, m],
    );
    const c = mm(a, b) as Tensor;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < m; j++) {
        let s = 0;
        let scale = 0;
        for (let p = 0; p < k; p++) {
          s += a.data[i * k + p] * b.data[p * m + j];
          scale += Math.abs(a.data[i * k + p] * b.data[p * m + j]);
        }
        if (!(Math.abs(c.data[i * m + j] - s) <= 2 * k * 2 ** -53 * scale)) expect.fail(`[${i}, ${j}]: ${c.data[i * m + j]} against ${s}`);
      }
  });
  it('rejects inner sizes that differ, in PyTorch-like words', () =>
    expect(outcome(mm(t(A), t(A)))).toEqual({
      error: '#SHAPE!',
      message: 'matmul: shapes [2, 3] and [2, 3] cannot be multiplied (3 ≠ 2)',
    }));
  it('rejects 0-D operands', () =>
    expect(outcome(mm(t(2), t([1])))).toEqual({
      error: '#SHAPE!',
      message: 'matmul: both arguments need at least 1 dimension, but they have 0 and 1',
    }));
  it('rejects batch dims that do not broadcast', () =>
    expect(outcome(mm(t([[[1]], [[2]]]), t([[[1]], [[2]], [[3]]])))).toEqual({
      error: '#SHAPE!',
      message: 'matmul: the batch dims of [2, 1, 1] and [3, 1, 1] do not broadcast',
    }));
  it('names the node as PyTorch 2 does for each rank pair', () => {
    const v = t([1, 2], true);
    const M = t(
      [
        [1, 2],
        [3, 4],
      ],
      true,
    );
    const T = t(
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      true,
    );
    expect([mm(v, v), mm(M, v), mm(v, M), mm(M, M), mm(T, T), mm(T, M)].map((y) => (y as Tensor).gradFn)).toEqual([
      'DotBackward0',
      'MvBackward0',
      'SqueezeBackward4',
      'MmBackward0',
      'UnsafeViewBackward0',
      'UnsafeViewBackward0',
    ]);
  });
  it('has gradients g·bᵀ and aᵀ·g', () => {
    const a = t(A, true);
    const b = t(B, true);
    expect(gradOf(mm(a, b) as Tensor, [a, b])).toEqual([
      [
        [1, 1, 2],
        [1, 1, 2],
      ],
      [
        [5, 5],
        [7, 7],
        [9, 9],
      ],
    ]);
  });
  it('has the other vector as the gradient of a dot product', () => {
    const a = t([1, 2, 3], true);
    const b = t([4, 5, 6], true);
    expect(gradOf(mm(a, b) as Tensor, [a, b])).toEqual([
      [4, 5, 6],
      [1, 2, 3],
    ]);
  });
  it("sums a broadcast operand's gradient over the batch", () => {
    const a = t([[[1, 0]], [[0, 1]]], true);
    const b = t(
      [
        [1, 2],
        [3, 4],
      ],
      true,
    );
    expect(gradOf(mm(a, b) as Tensor, [a, b])).toEqual([
      [[[3, 7]], [[3, 7]]],
      [
        [1, 1],
        [1, 1],
      ],
    ]);
  });
});

/** A tensor of the shape with seeded values in [-1, 1). */
function drawn(shape: Shape, seed: number): Tensor {
  const random = makeRandom(seed, shape.length);
  return new Tensor(
    Float64Array.from({ length: sizeOf(shape) }, () => 2 * random() - 1),
    shape,
  );
}

const grads = (y: Tensor, xs: Tensor[]): Tensor[] => {
  const g = vjp(y, xs, tensorOf(Float64Array.of(1), []));
  if (isError(g)) throw new Error(g.message);
  return g;
};

/** Gradients of sum(product(a, b)·w), then of Σ sum(gradient·u) (second order), as plain arrays. */
function derivatives(product: (a: Tensor, b: Tensor) => Tensor, a: Tensor, b: Tensor, w: Tensor, us: Tensor[]): number[][] {
  const first = (x: Tensor, y: Tensor): Tensor[] => grads(run(sum, [run(mul, [product(x, y), w])], ALL), [x, y]);
  const inner = first(a, b)
    .map((g, i) => run(sum, [run(mul, [g, us[i]])], ALL))
    .reduce((x, y) => run(add, [x, y]));
  return [...first(a, b), ...grads(inner, [a, b])].map((g) => [...g.data]);
}

// matmul's backward multiplies by transposed operands through these flags, so they must mean what
// permuting first means, in value and in gradient (first and second order).
describe('matmul by a transposed operand', () => {
  const FLAGS: MatmulAttrs[] = [{ transposeA: true }, { transposeB: true }, { transposeA: true, transposeB: true }];
  // Operand shapes as multiplied; the small product runs in JS, the others in the WebAssembly kernel.
  const CASES: [string, Shape, Shape][] = [
    ['2-D, small', [2, 3], [3, 4]],
    ['2-D, in the kernel', [30, 40], [40, 20]],
    ['batched and broadcast', [2, 1, 5, 7], [3, 7, 6]],
    ['a batch times a matrix', [3, 9, 8], [8, 10]],
  ];
  const asStored = (s: Shape, flag: boolean | undefined): Shape => (flag ? [...s.slice(0, -2), s[s.length - 1], s[s.length - 2]] : s);

  for (const [name, sa, sb] of CASES) {
    for (const flags of FLAGS) {
      const label = `${name}: ${flags.transposeA ? 'aᵀ' : 'a'}·${flags.transposeB ? 'bᵀ' : 'b'}`;
      // Each flagged operand is stored transposed.
      const a = drawn(asStored(sa, flags.transposeA), 1);
      const b = drawn(asStored(sb, flags.transposeB), 2);
      const flagged = (x: Tensor, y: Tensor): Tensor => run(matmul, [x, y], flags);
      const permuted = (x: Tensor, y: Tensor): Tensor =>
        run(matmul, [flags.transposeA ? swapLast(x) : x, flags.transposeB ? swapLast(y) : y]);

      it(`${label} has the values of permuting first`, () => expect(outcome(flagged(a, b))).toEqual(outcome(permuted(a, b))));

      it(`${label} has the derivatives of permuting first`, () => {
        const out = flagged(a, b);
        const w = drawn(out.shape, 3);
        const us = [drawn(a.shape, 4), drawn(b.shape, 5)];
        const got = derivatives(flagged, a, b, w, us);
        const want = derivatives(permuted, a, b, w, us);
        got.forEach((g, i) => g.forEach((x, j) => expect(x).toBeCloseTo(want[i][j], 12)));
      });
    }
  }

  it('shapes the product by the operands as multiplied', () => {
    expect((call(matmul, [drawn([5, 2], 1), drawn([5], 2)], { transposeA: true }) as Tensor).shape).toEqual([2]);
    expect(outcome(call(matmul, [drawn([5, 2], 1), drawn([2, 5], 2)], { transposeB: true }))).toEqual({
      error: '#SHAPE!',
      message: 'matmul: shapes [5, 2] and [5, 2] cannot be multiplied (2 ≠ 5)',
    });
  });
});
