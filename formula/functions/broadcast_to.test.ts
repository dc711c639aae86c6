import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../engine/tensor';
import { t } from '../../engine/test-helpers';
import { broadcast_to } from './broadcast_to';
import { invoke, res } from './shape-test-helpers';

describe('broadcast_to', () => {
  it('broadcasts, with -1 keeping a size (ExpandBackward0)', () => {
    const y = invoke(broadcast_to, [t([[1], [2]], true), 2, -1, 3]) as Tensor;
    expect(y.shape).toEqual([2, 2, 3]);
    expect(y.gradFn).toBe('ExpandBackward0');
  });
  it('rejects -1 for a new leading dim', () =>
    expect(
      res(
        invoke(broadcast_to, [
          [1, 2],
          [-1, 2],
        ]),
      ),
    ).toEqual({ error: '#VALUE!', message: 'broadcast_to: invalid size -1 at dim 0 of [-1, 2]' }));
  it('rejects a shape with fewer dims', () =>
    expect(res(invoke(broadcast_to, [[[1, 2]], [2]]))).toEqual({
      error: '#SHAPE!',
      message: 'broadcast_to: the shape [2] has fewer dims than the input [1, 2]',
    }));
  it('rejects sizes that do not broadcast', () => expect(res(invoke(broadcast_to, [[1, 2], 3]))).toMatchObject({ error: '#SHAPE!' }));
});
