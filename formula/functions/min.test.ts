import { describe, expect, it } from 'vitest';
import { gradOf, t } from '../../engine/test-helpers';
import { min } from './min';
import { tensorOf } from './reduce-test-helpers';
import { invoke, res } from './shape-test-helpers';

describe('min', () => {
  it('without dim gives the smallest element, MinBackward1', () => {
    const x = t([3, -1, 2], true);
    const y = tensorOf(invoke(min, [x]));
    expect([res(y), y.gradFn]).toEqual([{ value: -1, shape: [] }, 'MinBackward1']);
    expect(gradOf(y, [x])).toEqual([[0, 1, 0]]);
  });
  it('with dim gives (values, indices), the values named MinBackward0', () => {
    const r = invoke(min, [
      t(
        [
          [1, 5],
          [7, 2],
        ],
        true,
      ),
      1,
    ]);
    if (r.kind !== 'tuple') throw new Error(JSON.stringify(r));
    expect(r.items.map(res)).toEqual([
      { value: [1, 2], shape: [2] },
      { value: [0, 1], shape: [2] },
    ]);
    expect(tensorOf(r.items[0]).gradFn).toBe('MinBackward0');
  });
  it('with a tensor is the elementwise minimum', () =>
    expect(
      res(
        invoke(min, [
          [1, 5],
          [3, 2],
        ]),
      ),
    ).toEqual({ value: [1, 2], shape: [2] }));
});
