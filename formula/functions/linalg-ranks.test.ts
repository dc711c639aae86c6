import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { gradOf, t } from '../../engine/test-helpers';
import { dot } from './dot';
import { mm } from './mm';
import { mv } from './mv';
import { outer } from './outer';
import { invoke, res } from './shape-test-helpers';

describe('mm, mv, dot and outer', () => {
  it('compute with matmul (MmBackward0, MvBackward0, DotBackward0)', () => {
    const m = invoke(mm, [
      t(
        [
          [1, 2],
          [3, 4],
        ],
        true,
      ),
      [
        [0, 1],
        [1, 0],
      ],
    ]) as Tensor;
    expect(res(m)).toEqual({
      value: [
        [2, 1],
        [4, 3],
      ],
      shape: [2, 2],
    });
    expect(m.gradFn).toBe('MmBackward0');
    expect((invoke(mv, [t([[1, 2]], true), [3, 4]]) as Tensor).gradFn).toBe('MvBackward0');
    expect((invoke(dot, [t([1, 2], true), [3, 4]]) as Tensor).gradFn).toBe('DotBackward0');
  });
  it('reject other ranks with #SHAPE!, naming the function', () => {
    expect(
      res(
        invoke(mm, [
          [1, 2],
          [[1], [2]],
        ]),
      ),
    ).toEqual({ error: '#SHAPE!', message: 'mm: expected 2-D and 2-D tensors, got shapes [2] and [2, 1]' });
    expect(res(invoke(mv, [[[1]], [[1]]]))).toEqual({
      error: '#SHAPE!',
      message: 'mv: expected 2-D and 1-D tensors, got shapes [1, 1] and [1, 1]',
    });
    expect(res(invoke(dot, [[[1, 2, 3]], [[1, 2, 3]]]))).toEqual({
      error: '#SHAPE!',
      message: 'dot: expected 1-D and 1-D tensors, got shapes [1, 3] and [1, 3]',
    });
  });
  it('reject inner sizes that differ, naming the function', () =>
    expect(
      res(
        invoke(dot, [
          [1, 2],
          [1, 2, 3],
        ]),
      ),
    ).toEqual({ error: '#SHAPE!', message: 'dot: shapes [2] and [3] cannot be multiplied (2 ≠ 3)' }));
  it('outer multiplies a column by a row (MulBackward0)', () => {
    const a = t([1, 2], true);
    const b = t([1, 10, 100], true);
    const y = invoke(outer, [a, b]) as Tensor;
    expect(res(y)).toEqual({
      value: [
        [1, 10, 100],
        [2, 20, 200],
      ],
      shape: [2, 3],
    });
    expect(y.gradFn).toBe('MulBackward0');
    expect(gradOf(y, [a, b])).toEqual([
      [111, 111],
      [3, 3, 3],
    ]);
    expect(res(invoke(outer, [5, [1]]))).toEqual({
      error: '#SHAPE!',
      message: 'outer: expected 1-D and 1-D tensors, got shapes [] and [1]',
    });
  });
});
