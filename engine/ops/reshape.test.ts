import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { bools, must } from './elementwise-test-helpers';
import { reshape } from './reshape';

describe('reshape', () => {
  it('keeps the elements in row-major order under a new shape', () => {
    expect(outcome(call(reshape, [t([1, 2, 3, 4, 5, 6])], [2, 3]))).toEqual({
      value: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      shape: [2, 3],
    });
    expect(
      outcome(
        call(
          reshape,
          [
            t([
              [1, 2, 3],
              [4, 5, 6],
            ]),
          ],
          [3, 2],
        ),
      ),
    ).toEqual({
      value: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      shape: [3, 2],
    });
  });
  it('goes to and from 0-D and empty shapes', () => {
    expect(outcome(call(reshape, [t([5])], []))).toEqual({ value: 5, shape: [] });
    expect(outcome(call(reshape, [t(5)], [1, 1]))).toEqual({ value: [[5]], shape: [1, 1] });
    expect(outcome(call(reshape, [t([])], [0, 3]))).toEqual({ value: [], shape: [0, 3] });
  });
  it('shares the input’s buffer (tensors are immutable) and keeps its dtype', () => {
    const x = t([1, 2, 3, 4]);
    expect(must(call(reshape, [x], [2, 2])).data).toBe(x.data);
    expect(must(call(reshape, [bools([true, false])], [2, 1])).dtype).toBe('bool');
  });
  it('refuses a shape with another number of elements, naming both', () =>
    expect(outcome(call(reshape, [t([1, 2, 3, 4])], [3]))).toEqual({
      error: '#SHAPE!',
      message: 'reshape: shape [3] is invalid for a tensor of 4 elements',
    }));
  it('reshapes the upstream back to the input’s shape', () => {
    const x = t([1, 2, 3, 4], true);
    const y = must(call(reshape, [x], [2, 2]));
    expect(y.gradFn).toBe('ViewBackward0');
    expect(
      gradOf(
        y,
        [x],
        t([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([[1, 2, 3, 4]]);
  });
});
