import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { max } from './max';
import { tensorOf, tensorsOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

describe('max', () => {
  it('without dim gives the largest element, MaxBackward1, ties sharing the gradient', () => {
    const x = t(
      [
        [1, 5],
        [5, 2],
      ],
      true,
    );
    const y = tensorOf(invoke(max, [x]));
    expect(res(y)).toEqual({ value: 5, shape: [] });
    expect(y.gradFn).toBe('MaxBackward1');
    expect(gradOf(y, [x])).toEqual([
      [
        [0, 0.5],
        [0.5, 0],
      ],
    ]);
  });
  it('with dim gives the tuple (values, indices), as torch.max(x, dim)', () => {
    const [values, indices] = tensorsOf(
      invoke(max, [
        [
          [1, 5],
          [7, 2],
        ],
        1,
      ]),
    );
    expect([res(values), res(indices)]).toEqual([
      { value: [5, 7], shape: [2] },
      { value: [1, 0], shape: [2] },
    ]);
  });
  it('keeps the dim with keepdim', () => {
    const [values, indices] = tensorsOf(
      invoke(
        max,
        [
          [
            [1, 5],
            [7, 2],
          ],
        ],
        { dim: 0, keepdim: true },
      ),
    );
    expect([res(values), res(indices)]).toEqual([
      { value: [[7, 5]], shape: [1, 2] },
      { value: [[1, 0]], shape: [1, 2] },
    ]);
  });
  it('along a dim sends the gradient to the first of tied maxima only (MaxBackward0)', () => {
    const x = t(
      [
        [3, 1, 3],
        [0, 2, 2],
      ],
      true,
    );
    const [values, indices] = tensorsOf(invoke(max, [x], { dim: 1 }));
    expect(values.gradFn).toBe('MaxBackward0');
    expect(indices.requiresGrad).toBe(false);
    expect(gradOf(values, [x], t([10, 20]))).toEqual([
      [
        [10, 0, 0],
        [0, 20, 0],
      ],
    ]);
  });
  it('with a tensor second argument is the elementwise maximum', () => {
    expect(
      res(
        invoke(max, [
          [1, 5],
          [3, 2],
        ]),
      ),
    ).toEqual({ value: [3, 5], shape: [2] });
    expect(res(invoke(max, [[1, 5]], { other: 2 }))).toEqual({ value: [2, 5], shape: [2] });
    expect(res(invoke(max, [[1, 5], 2.5]))).toEqual({ value: [2.5, 5], shape: [2] });
  });
  it('takes a 0-D whole number that requires grad as other, not as a dim', () =>
    expect(res(invoke(max, [[-1, 5], t(0, true)]))).toEqual({ value: [0, 5], shape: [2] }));
  it('rejects both dim and other', () =>
    expect(res(invoke(max, [[1, 5], 0], { other: 2 }))).toEqual({ error: '#VALUE!', message: 'max: takes either dim or other, not both' }));
  it('rejects text as the second argument', () =>
    expect(res(invoke(max, [[1, 5], 'a']))).toEqual({
      error: '#VALUE!',
      message: 'max: dim must be a whole number, or other a tensor; got a text',
    }));
  it('rejects an empty tensor and a dim out of range, naming max', () => {
    expect(res(invoke(max, [[]]))).toEqual({ error: '#VALUE!', message: 'max: cannot reduce an empty tensor' });
    expect(res(invoke(max, [[1, 2], 1]))).toEqual({ error: '#VALUE!', message: 'max: dim 1 is out of range for a tensor of rank 1' });
  });
  it('reduces a 0-D tensor along dim 0', () => {
    const [values, indices] = tensorsOf(invoke(max, [4, 0]));
    expect([res(values), res(indices)]).toEqual([
      { value: 4, shape: [] },
      { value: 0, shape: [] },
    ]);
  });
});
