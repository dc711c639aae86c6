import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { bools, must } from './elementwise-test-helpers';
import { expand } from './expand';

describe('expand', () => {
  it('repeats a tensor along new leading dims and size-1 dims', () => {
    expect(outcome(call(expand, [t([1, 2])], [2, 2]))).toEqual({
      value: [
        [1, 2],
        [1, 2],
      ],
      shape: [2, 2],
    });
    expect(outcome(call(expand, [t([[1], [2]])], [2, 3]))).toEqual({
      value: [
        [1, 1, 1],
        [2, 2, 2],
      ],
      shape: [2, 3],
    });
  });
  it('broadcasts a 0-D tensor to any shape, and to its own', () => {
    expect(outcome(call(expand, [t(5)], [3]))).toEqual({ value: [5, 5, 5], shape: [3] });
    expect(outcome(call(expand, [t(5)], []))).toEqual({ value: 5, shape: [] });
  });
  it('keeps the dtype', () => expect(must(call(expand, [bools([true])], [2])).dtype).toBe('bool'));
  it('refuses a shape the tensor does not broadcast to, in broadcast_to’s name', () => {
    expect(outcome(call(expand, [t([1, 2])], [3]))).toEqual({
      error: '#SHAPE!',
      message: 'broadcast_to: shapes [2] and [3] do not broadcast',
    });
    expect(
      outcome(
        call(
          expand,
          [
            t([
              [1, 2],
              [3, 4],
            ]),
          ],
          [2],
        ),
      ),
    ).toEqual({ error: '#SHAPE!', message: 'broadcast_to: cannot broadcast [2, 2] to [2]' });
  });
  it('sums the upstream back over the repeated dims', () => {
    const x = t([[1], [2]], true);
    const y = must(call(expand, [x], [2, 3]));
    expect(y.gradFn).toBe('ExpandBackward0');
    expect(
      gradOf(
        y,
        [x],
        t([
          [1, 2, 3],
          [10, 20, 30],
        ]),
      ),
    ).toEqual([[[6], [60]]]);
    const s = t(1, true);
    expect(gradOf(must(call(expand, [s], [2, 2])), [s])).toEqual([4]);
  });
});
