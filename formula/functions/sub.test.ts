import { describe, expect, it } from 'vitest';
import { isError } from '../../engine/errors';
import { makeRandom } from '../../engine/random';
import { type Tensor, toNested } from '../../engine/tensor';
import { gradOf, t } from '../../engine/test-helpers';
import { EMPTY } from '../../engine/value';
import { sub } from './sub';
import type { CallContext } from './types';

const ctx: CallContext = { random: makeRandom(1), callFunction: () => EMPTY, cell: 'Sheet1!A1' };
const run = (x: Tensor, y: Tensor, alpha: number): Tensor => {
  const r = sub.lower([x, y], { alpha }, ctx);
  if (isError(r)) throw new Error(r.message);
  return r as Tensor;
};

describe('sub (function)', () => {
  it('subtracts, with alpha scaling the other side', () => {
    expect(toNested(run(t([1, 2]), t(3), 1))).toEqual([-2, -1]);
    expect(toNested(run(t([1, 2]), t(3), 10))).toEqual([-29, -28]);
  });
  it('ends in SubBackward0 and differentiates the other side times -alpha', () => {
    const x = t([1, 2], true);
    const y = t(3, true);
    const z = run(x, y, 10);
    expect(z.gradFn).toBe('SubBackward0');
    expect(gradOf(z, [x, y])).toEqual([[1, 1], -20]);
  });
});
