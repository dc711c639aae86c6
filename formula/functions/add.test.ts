import { describe, expect, it } from 'vitest';
import { isError } from '../../engine/errors';
import { makeRandom } from '../../engine/random';
import { type Tensor, toNested } from '../../engine/tensor';
import { gradOf, t } from '../../engine/test-helpers';
import { EMPTY } from '../../engine/value';
import { add } from './add';
import type { CallContext } from './types';

const ctx: CallContext = { random: makeRandom(1), callFunction: () => EMPTY, cell: 'Sheet1!A1' };
const run = (x: Tensor, y: Tensor, alpha: number): Tensor => {
  const r = add.lower([x, y], { alpha }, ctx);
  if (isError(r)) throw new Error(r.message);
  return r as Tensor;
};

describe('add (function)', () => {
  it('adds, with alpha scaling the other side', () => {
    expect(toNested(run(t([1, 2]), t(3), 1))).toEqual([4, 5]);
    expect(toNested(run(t([1, 2]), t(3), 10))).toEqual([31, 32]);
  });
  it('ends in AddBackward0 and differentiates the other side times alpha', () => {
    const x = t([1, 2], true);
    const y = t(3, true);
    const z = run(x, y, 10);
    expect(z.gradFn).toBe('AddBackward0');
    expect(gradOf(z, [x, y])).toEqual([[1, 1], 20]);
  });
  it('returns a shape error as a value', () => {
    const r = add.lower([t([1, 2, 3]), t([1, 2])], { alpha: 2 }, ctx);
    expect(isError(r) && [r.code, r.message]).toEqual(['#SHAPE!', 'add: shapes [3] and [2] do not broadcast']);
  });
});
