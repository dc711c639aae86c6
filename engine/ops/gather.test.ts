import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { badIndex, gather } from './gather';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('gather', () => {
  it('picks along the last dim', () =>
    expect(
      outcome(
        call(
          gather,
          [
            t([
              [1, 2],
              [3, 4],
            ]),
            t([[1], [0]]),
          ],
          { dim: 1 },
        ),
      ),
    ).toEqual({ value: [[2], [3]], shape: [2, 1] }));
  it('picks along dim 0, with an index smaller than the input elsewhere', () =>
    expect(
      outcome(
        call(
          gather,
          [
            t([
              [1, 2, 3],
              [4, 5, 6],
            ]),
            t([
              [1, 0],
              [1, 1],
              [0, 0],
            ]),
          ],
          { dim: 0 },
        ),
      ),
    ).toEqual({
      value: [
        [4, 2],
        [4, 5],
        [1, 2],
      ],
      shape: [3, 2],
    }));
  it('gathers from a 0-D tensor', () => expect(outcome(call(gather, [t(7), t(0)], { dim: 0 }))).toEqual({ value: 7, shape: [] }));
  it('rejects an index of another rank', () =>
    expect(outcome(call(gather, [t([[1, 2]]), t([0])], { dim: 1 }))).toEqual({
      error: '#SHAPE!',
      message: 'gather: index of shape [1] must have the same rank as the input of shape [1, 2]',
    }));
  it('rejects an index larger than the input outside dim', () =>
    expect(outcome(call(gather, [t([[1, 2]]), t([[0], [0]])], { dim: 1 }))).toEqual({
      error: '#SHAPE!',
      message: 'gather: index of shape [2, 1] is larger than the input of shape [1, 2] in dim 0',
    }));
  it('finds an index out of range for its callers', () => {
    expect(badIndex('gather', t([0, 2, 3]), 3)).toEqual({
      kind: 'error',
      code: '#VALUE!',
      message: 'gather: index 3 is out of range for size 3',
      origin: null,
    });
    expect(badIndex('gather', t([0, 2]), 3)).toBeNull();
  });
  it('adds up the gradient of repeated picks', () => {
    const x = t([1, 2, 3], true);
    const y = ok(call(gather, [x, t([0, 0, 2])], { dim: 0 }));
    expect(y.gradFn).toBe('GatherBackward0');
    expect(gradOf(y, [x], t([1, 10, 100]))).toEqual([[11, 0, 100]]);
  });
});
