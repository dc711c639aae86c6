import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { scalar } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { clamp } from './clamp';

const BOTH = { min: true, max: true };
const MIN = { min: true, max: false };
const MAX = { min: false, max: true };

describe('clamp', () => {
  it('limits to [min, max]', () =>
    expect(outcome(call(clamp, [t([-1, 0.5, 2]), t(0), t(1)], BOTH))).toEqual({ value: [0, 0.5, 1], shape: [3] }));
  it('takes min alone or max alone', () => {
    expect(Array.from(must(call(clamp, [t([-1, 2]), t(0)], MIN)).data)).toEqual([0, 2]);
    expect(Array.from(must(call(clamp, [t([-1, 2]), t(0)], MAX)).data)).toEqual([-1, 0]);
  });
  it('works on 0-D tensors', () => expect(outcome(call(clamp, [t(5), t(1)], MAX))).toEqual({ value: 1, shape: [] }));
  it('broadcasts tensor bounds', () =>
    expect(outcome(call(clamp, [t([0, 0, 0]), t([[1], [-1]]), t(0.5)], BOTH))).toEqual({
      value: [
        [0.5, 0.5, 0.5],
        [0, 0, 0],
      ],
      shape: [2, 3],
    }));
  it('gives max everywhere when min > max, as PyTorch', () =>
    expect(Array.from(must(call(clamp, [t([-5, 0, 5]), t(1), t(-1)], BOTH)).data)).toEqual([-1, -1, -1]));
  it('propagates NaN from the input and from a bound', () =>
    expect(Array.from(must(call(clamp, [t([NaN, 3]), t([0, NaN])], MIN)).data)).toEqual([NaN, NaN]));
  it('rejects shapes that do not broadcast, naming them', () =>
    expect(outcome(call(clamp, [t([1, 2, 3]), t([0, 1])], MIN))).toEqual({
      error: '#SHAPE!',
      message: 'clamp: shapes [3] and [2] do not broadcast',
    }));
  it('needs at least one bound', () =>
    expect(outcome(call(clamp, [t([1])], { min: false, max: false }))).toEqual({
      error: '#VALUE!',
      message: "clamp: at least one of 'min' or 'max' must be given",
    }));
  it('passes the gradient where min <= x <= max, bounds included', () => {
    const x = t([-1, 0, 1, 2, 3], true);
    const y = must(call(clamp, [x, t(0), t(2)], BOTH));
    expect(gradOf(y, [x])).toEqual([[0, 1, 1, 1, 0]]);
  });
  it('sends the rest to the bound that won', () => {
    const x = t([-1, 0.5, 3], true);
    const lo = t([0, 0, 0], true);
    const hi = t(2, true);
    expect(gradOf(must(call(clamp, [x, lo, hi], BOTH)), [x, lo, hi])).toEqual([[0, 1, 0], [1, 0, 0], 1]);
  });
  it('gives only max a gradient when min > max', () => {
    const x = t([-5, 5], true);
    const lo = t(1, true);
    const hi = t(-1, true);
    expect(gradOf(must(call(clamp, [x, lo, hi], BOTH)), [x, lo, hi])).toEqual([[0, 0], 0, 2]);
  });
  it("names the node by PyTorch's overload", () => {
    const x = t([1, 2], true);
    expect(must(call(clamp, [x, scalar(0)], MIN)).gradFn).toBe('ClampMinBackward0');
    expect(must(call(clamp, [x, scalar(0)], MAX)).gradFn).toBe('ClampMaxBackward0');
    expect(must(call(clamp, [x, scalar(0), scalar(1)], BOTH)).gradFn).toBe('ClampBackward1');
    expect(must(call(clamp, [x, t([0, 0])], MIN)).gradFn).toBe('ClampBackward0');
    expect(must(call(clamp, [x, scalar(0, true), scalar(1)], BOTH)).gradFn).toBe('ClampBackward0');
  });
});
