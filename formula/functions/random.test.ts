// seed= on the random functions, and randint's and randperm's arguments and errors.

import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { rand } from './rand';
import { rand_like } from './rand_like';
import { randint } from './randint';
import { randn } from './randn';
import { randn_like } from './randn_like';
import { randperm } from './randperm';
import { invoke, res } from './shape-test-helpers';

const data = (v: unknown): number[] => [...(v as Tensor).data];

describe('seed=', () => {
  it("gives PyTorch's numbers whatever the cell's stream (torch.manual_seed(0); torch.rand(2))", () => {
    expect(data(invoke(rand, [2], { seed: 0 }, 1))).toEqual([0.9700530018065531, 0.707819864399788]);
    expect(data(invoke(rand, [2], { seed: 0 }, 2))).toEqual([0.9700530018065531, 0.707819864399788]);
    expect(data(invoke(randn, [2], { seed: 0 }))).toEqual([1.5409961082440433, -0.2934289057609464]);
  });

  it("is the same call as the _like functions with the input's shape", () => {
    expect(
      res(
        invoke(
          rand_like,
          [
            [
              [0, 0],
              [0, 0],
            ],
          ],
          { seed: 3 },
        ),
      ),
    ).toEqual(res(invoke(rand, [2, 2], { seed: 3 })));
    expect(res(invoke(randn_like, [[0, 0, 0]], { seed: 3 }))).toEqual(res(invoke(randn, [3], { seed: 3 })));
  });

  it("without it, stays with the cell's stream", () => {
    expect(data(invoke(rand, [3], {}, 1))).not.toEqual(data(invoke(rand, [3], {}, 2)));
    expect(data(invoke(rand, [3], {}, 1))).not.toEqual(data(invoke(rand, [3], { seed: 1 }, 1)));
  });

  it('keeps requires_grad', () => {
    expect((invoke(randn, [2], { seed: 0, requires_grad: true }) as Tensor).requiresGrad).toBe(true);
  });

  it('must be a whole number PyTorch accepts', () => {
    expect(res(invoke(rand, [2], { seed: 0.5 }))).toEqual({ error: '#VALUE!', message: 'rand: seed must be a whole number, got 0.5' });
    expect(res(invoke(randn_like, [[1]], { seed: 2 ** 64 }))).toEqual({
      error: '#VALUE!',
      message: `randn_like: seed must be within [-2**63, 2**64), got ${2 ** 64}`,
    });
    expect(res(invoke(randperm, [3], { seed: -(2 ** 64) }))).toMatchObject({ error: '#VALUE!' });
  });
});

describe('randint', () => {
  it('reads randint(high, size), randint(low, high, size) and randint(high, size=...)', () => {
    expect(res(invoke(randint, [10, [5]], { seed: 0 }))).toEqual({ value: [4, 9, 3, 0, 3], shape: [5] });
    expect(res(invoke(randint, [0, 10, [5]], { seed: 0 }))).toEqual({ value: [4, 9, 3, 0, 3], shape: [5] });
    expect(res(invoke(randint, [10], { size: [5], seed: 0 }))).toEqual({ value: [4, 9, 3, 0, 3], shape: [5] });
  });

  it('draws whole numbers in [low, high) without a seed', () => {
    const v = data(invoke(randint, [-2, 3, [200]]));
    expect(v.every((x) => Number.isInteger(x) && x >= -2 && x < 3)).toBe(true);
    expect(new Set(v).size).toBe(5);
  });

  it('says what is wrong with its bounds and size', () => {
    expect(res(invoke(randint, [5, 5, [3]]))).toEqual({
      error: '#VALUE!',
      message: "randint: random_ expects 'from' to be less than 'to', but got from=5 >= to=5",
    });
    expect(res(invoke(randint, [5]))).toEqual({ error: '#VALUE!', message: 'randint: missing the size, a list such as [3] or [2, 3]' });
    expect(res(invoke(randint, [0, [1, 2], [3]]))).toEqual({ error: '#VALUE!', message: 'randint: high must be a single whole number' });
    expect(res(invoke(randint, [0, 2 ** 64, [3]]))).toMatchObject({ error: '#VALUE!' });
    expect(res(invoke(randint, [10, [-1]]))).toMatchObject({ error: '#VALUE!' });
  });
});

describe('randperm', () => {
  it("is torch.randperm's order for a seed, a permutation without one", () => {
    expect(data(invoke(randperm, [6], { seed: 0 }))).toEqual([2, 5, 3, 0, 1, 4]);
    expect(data(invoke(randperm, [20])).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(res(invoke(randperm, [0]))).toEqual({ value: [], shape: [0] });
  });

  it('refuses a negative n and one past the element limit', () => {
    expect(res(invoke(randperm, [-1]))).toEqual({ error: '#VALUE!', message: 'randperm: n must be non-negative, got -1' });
    expect(res(invoke(randperm, [2 ** 30]))).toMatchObject({ error: '#LIMIT!' });
  });
});
