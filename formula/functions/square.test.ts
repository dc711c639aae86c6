import { describe, expect, it } from 'vitest';
import { isError } from '../../engine/errors';
import { makeRandom } from '../../engine/random';
import { type Tensor, toNested } from '../../engine/tensor';
import { gradOf, t } from '../../engine/test-helpers';
import { EMPTY } from '../../engine/value';
import { square } from './square';
import type { CallContext } from './types';

const ctx: CallContext = { random: makeRandom(1), callFunction: () => EMPTY, cell: 'Sheet1!A1' };

describe('square (function)', () => {
  it('squares, as pow with the number 2: PowBackward0 and slope 2x', () => {
    const x = t([1, -2, 3], true);
    const r = square.lower([x], {}, ctx);
    if (isError(r)) throw new Error(r.message);
    const y = r as Tensor;
    expect(toNested(y)).toEqual([1, 4, 9]);
    expect(y.gradFn).toBe('PowBackward0');
    expect(gradOf(y, [x])).toEqual([[2, -4, 6]]);
  });
});
