import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import type { Tensor } from '../tensor';
import { index_backward } from './index_backward';

const gather = { parts: [{ kind: 'gather' as const, indices: [2, 0, 2] }], shape: [4] };

describe('index_backward', () => {
  it('scatter-adds into zeros of the indexed shape', () =>
    expect(outcome(call(index_backward, [t([1, 10, 100])], gather))).toEqual({ value: [10, 0, 101, 0], shape: [4] }));
  it('puts a 0-D gradient back at a selected element', () =>
    expect(
      outcome(
        call(index_backward, [t(5)], {
          parts: [
            { kind: 'select', index: 1 },
            { kind: 'select', index: 0 },
          ],
          shape: [2, 2],
        }),
      ),
    ).toEqual({
      value: [
        [0, 0],
        [5, 0],
      ],
      shape: [2, 2],
    }));
  it('rejects a gradient of the wrong shape', () =>
    expect(outcome(call(index_backward, [t([1, 2])], gather))).toEqual({
      error: '#SHAPE!',
      message: 'index_backward: a gradient of shape [2] does not fit an indexing that gives [3]',
    }));
  it('has indexing itself as its gradient', () => {
    const g = t([1, 2, 3], true);
    const y = call(index_backward, [g], gather) as Tensor;
    expect(gradOf(y, [g], t([1, 2, 3, 4]))).toEqual([[3, 1, 3]]);
    expect(y.gradFn).toBe('IndexPutBackward0');
  });
});
