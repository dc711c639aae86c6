import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { type Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { amin } from './amin';

const ok = (r: ReturnType<typeof call>): Tensor => {
  if (!('data' in r)) throw new Error(r.message);
  return r;
};

describe('amin', () => {
  it('reduces every dim by default', () =>
    expect(
      outcome(
        call(
          amin,
          [
            t([
              [1, 5],
              [3, 2],
            ]),
          ],
          { dims: null, keepdim: false },
        ),
      ),
    ).toEqual({ value: 1, shape: [] }));
  it('reduces one dim, keeping it', () =>
    expect(
      outcome(
        call(
          amin,
          [
            t([
              [1, 5],
              [3, 2],
            ]),
          ],
          { dims: [0], keepdim: true },
        ),
      ),
    ).toEqual({ value: [[1, 2]], shape: [1, 2] }));
  it('takes a 0-D tensor as its own min', () =>
    expect(outcome(call(amin, [t(-4)], { dims: null, keepdim: false }))).toEqual({ value: -4, shape: [] }));
  it('rejects an empty tensor', () =>
    expect(outcome(call(amin, [t([])], { dims: null, keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'amin: cannot reduce an empty tensor',
    }));
  it('shares the gradient evenly among tied minima', () => {
    const x = t([2, -1, -1, -1], true);
    const y = ok(call(amin, [x], { dims: null, keepdim: false }));
    expect(y.gradFn).toBe('AminBackward0');
    expect(gradOf(y, [x], t(3))).toEqual([[0, 1, 1, 1]]);
  });
});
