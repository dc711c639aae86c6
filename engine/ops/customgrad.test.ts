import { describe, expect, it } from 'vitest';
import { vjp } from '../autograd';
import { errors, isError } from '../errors';
import { attempt, call, run } from '../op';
import type { Tensor } from '../tensor';
import { gradOf, outcome, t } from '../test-helpers';
import { type CustomGradAttrs, customgrad } from './customgrad';
import { bools, must } from './elementwise-test-helpers';
import { mul } from './mul';

/** f(x, y) = x·y whose backward is the user's `backward`. */
const product = (backward: CustomGradAttrs['backward']): CustomGradAttrs => ({ forward: ([x, y]) => run(mul, [x, y]), backward });
const exact = product(([x, y], g) => [run(mul, [g, y]), run(mul, [g, x])]);

const gradError = (attrs: CustomGradAttrs, inputs: Tensor[]) => {
  const y = must(call(customgrad, inputs, attrs));
  // The evaluator's grad runs vjp inside `attempt`, which turns a rule's OpFailure back into a value.
  const g = attempt(() => vjp(y, inputs, t([1, 1])));
  return isError(g) ? { error: g.code, message: g.message } : { value: g.map((x) => [...x.data]) };
};

describe('customgrad', () => {
  it('computes the user’s forward, with its shape, as a CustomGradBackward node', () => {
    const y = must(call(customgrad, [t([1, 2], true), t([[3], [4]])], exact));
    expect(outcome(y)).toEqual({
      value: [
        [3, 6],
        [4, 8],
      ],
      shape: [2, 2],
    });
    expect(y.gradFn).toBe('CustomGradBackward');
  });
  it('runs the forward without recording history', () => {
    let inner: Tensor | null = null;
    const spy: CustomGradAttrs = { forward: ([x]) => (inner = run(mul, [x, x])), backward: (_xs, g) => [g] };
    must(call(customgrad, [t([3], true)], spy));
    expect(inner!.node).toBe(null);
  });
  it('differentiates with the user’s backward, not the forward’s own rule', () => {
    const x = t([1, 2], true);
    const y = t([3, 4], true);
    expect(gradOf(must(call(customgrad, [x, y], exact)), [x, y])).toEqual([
      [3, 4],
      [1, 2],
    ]);
    const scaled = product((_xs, g) => [run(mul, [g, t(10)]), run(mul, [g, t(0)])]);
    expect(gradOf(must(call(customgrad, [x, y], scaled)), [x, y])).toEqual([
      [10, 10],
      [0, 0],
    ]);
  });
  it('returns the forward’s error, and refuses a boolean result', () => {
    const failing: CustomGradAttrs = { forward: () => errors.value('f', 'broken'), backward: (_xs, g) => [g] };
    expect(outcome(call(customgrad, [t([1])], failing))).toEqual({ error: '#VALUE!', message: 'f: broken' });
    const boolean: CustomGradAttrs = { forward: () => bools([true]), backward: (_xs, g) => [g] };
    expect(outcome(call(customgrad, [t([1])], boolean))).toEqual({
      error: '#VALUE!',
      message: 'customgrad: the forward must return a float tensor',
    });
  });
  it('turns a backward’s mistakes into errors of the gradient: its own error, a wrong count, a wrong shape', () => {
    const xs = () => [t([1, 2], true), t([3, 4], true)];
    expect(
      gradError(
        product(() => errors.value('df', 'broken')),
        xs(),
      ),
    ).toEqual({ error: '#VALUE!', message: 'df: broken' });
    expect(
      gradError(
        product((_xs, g) => [g]),
        xs(),
      ),
    ).toEqual({ error: '#VALUE!', message: 'customgrad: the backward returned 1 gradients for 2 inputs' });
    expect(
      gradError(
        product((_xs, g) => [g, t([1, 2, 3])]),
        xs(),
      ),
    ).toEqual({
      error: '#SHAPE!',
      message: 'customgrad: the backward returned shape [3] for an input of shape [2]',
    });
  });
});
