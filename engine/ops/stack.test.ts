import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import type { Tensor } from '../tensor';
import { stack } from './stack';

describe('stack', () => {
  it('stacks along a new first dim', () =>
    expect(outcome(call(stack, [t([1, 2]), t([3, 4])], { dim: 0 }))).toEqual({
      value: [
        [1, 2],
        [3, 4],
      ],
      shape: [2, 2],
    }));
  it('stacks along a new last dim', () =>
    expect(outcome(call(stack, [t([1, 2]), t([3, 4]), t([5, 6])], { dim: -1 }))).toEqual({
      value: [
        [1, 3, 5],
        [2, 4, 6],
      ],
      shape: [2, 3],
    }));
  it('stacks 0-D tensors into a vector', () =>
    expect(outcome(call(stack, [t(1), t(2)], { dim: 0 }))).toEqual({ value: [1, 2], shape: [2] }));
  it('rejects tensors of different shapes', () =>
    expect(outcome(call(stack, [t([1, 2]), t([1, 2, 3])], { dim: 0 }))).toEqual({
      error: '#SHAPE!',
      message: 'stack: expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1',
    }));
  it('rejects a dim past the new rank', () =>
    expect(outcome(call(stack, [t([1, 2])], { dim: 2 }))).toEqual({
      error: '#VALUE!',
      message: 'stack: dim 2 is out of range for a tensor of rank 2',
    }));
  it('gives each input its slice of the gradient', () => {
    const a = t([1, 2], true);
    const b = t([3, 4], true);
    const y = call(stack, [a, b], { dim: 1 }) as Tensor;
    expect(
      gradOf(
        y,
        [a, b],
        t([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(y.gradFn).toBe('StackBackward0');
  });
});
