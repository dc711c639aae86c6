import { describe, expect, it } from 'vitest';
import { type CellError, isError } from '../../engine/errors';
import { makeRandom } from '../../engine/random';
import { type Tensor, toNested } from '../../engine/tensor';
import { t } from '../../engine/test-helpers';
import { EMPTY } from '../../engine/value';
import { clamp } from './clamp';
import type { CallContext } from './types';

const ctx: CallContext = { random: makeRandom(1), callFunction: () => EMPTY, cell: 'Sheet1!A1' };
const lower = (x: Tensor, min: Tensor | null, max: Tensor | null): Tensor | CellError =>
  clamp.lower([x, min, max], {}, ctx) as Tensor | CellError;
const ok = (r: Tensor | CellError): Tensor => {
  if (isError(r)) throw new Error(r.message);
  return r;
};

describe('clamp (function)', () => {
  const x = t([-1, 0.5, 2], true);
  it('takes both bounds', () => expect(toNested(ok(lower(x, t(0), t(1))))).toEqual([0, 0.5, 1]));
  it('takes min alone: ClampMinBackward0', () => {
    const y = ok(lower(x, t(0), null));
    expect([toNested(y), y.gradFn]).toEqual([[0, 0.5, 2], 'ClampMinBackward0']);
  });
  it('takes max alone: ClampMaxBackward0', () => {
    const y = ok(lower(x, null, t(1)));
    expect([toNested(y), y.gradFn]).toEqual([[-1, 0.5, 1], 'ClampMaxBackward0']);
  });
  it('names number bounds ClampBackward1 and tensor bounds ClampBackward0', () => {
    expect(ok(lower(x, t(0), t(1))).gradFn).toBe('ClampBackward1');
    expect(ok(lower(x, t([0, 0, 0]), null)).gradFn).toBe('ClampBackward0');
  });
  it('needs at least one bound', () => {
    const r = lower(x, null, null);
    expect(isError(r) && [r.code, r.message]).toEqual(['#VALUE!', "clamp: at least one of 'min' or 'max' must be given"]);
  });
});
