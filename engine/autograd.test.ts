import { describe, expect, it } from 'vitest';
import { NOT_CONNECTED_NOTE, vjp } from './autograd';
import { isError } from './errors';
import { withGradMode } from './grad-mode';
import { run } from './op';
import { add } from './ops/add';
import { exp } from './ops/exp';
import { pow } from './ops/pow';
import { reshape } from './ops/reshape';
import { sin } from './ops/sin';
import { sub } from './ops/sub';
import { mul } from './ops/mul';
import { sum } from './ops/sum';
import { ALL } from './ops/reduce-dims';
import { Tensor, scalar, toNested } from './tensor';
import { t } from './test-helpers';

const grad1 = (y: Tensor, x: Tensor): Tensor => {
  const g = vjp(y, [x], scalar(1));
  if (isError(g)) throw new Error(g.message);
  return g[0];
};

describe('vjp', () => {
  it('takes the gradient of any tensor, whether or not it requires grad', () => {
    const x = t([1, 2, 3]);
    const y = run(sum, [run(mul, [x, x])], ALL);
    expect(toNested(grad1(y, x))).toEqual([2, 4, 6]);
    expect(y.requiresGrad).toBe(false);
  });

  it('weights the outputs by an upstream tensor (y.backward(v))', () => {
    const x = t([1, 2], true);
    const y = run(mul, [x, x]);
    const g = vjp(y, [x], t([10, 100]));
    expect(isError(g) ? g : toNested(g[0])).toEqual([20, 400]);
  });

  it('refuses an upstream tensor of the wrong shape, naming both shapes', () => {
    const x = t([1, 2]);
    expect(vjp(run(mul, [x, x]), [x], t([1, 2, 3]))).toMatchObject({
      code: '#SHAPE!',
      message: 'grad: the upstream tensor has shape [3] but the output has shape [2]',
    });
  });

  it('gives zeros with a note for an input the output does not depend on', () => {
    const x = t([1, 2]);
    const g = grad1(run(sum, [t([3, 4])], ALL), x);
    expect(toNested(g)).toEqual([0, 0]);
    expect(g.note).toBe(NOT_CONNECTED_NOTE);
  });

  it('stops at tensors made under no_grad', () => {
    const x = t([1, 2]);
    const y = withGradMode(false, () => run(mul, [x, x]));
    expect(grad1(run(sum, [y], ALL), x).note).toBe(NOT_CONNECTED_NOTE);
  });

  it('differentiates its own result again: third derivative of x³ is 6', () => {
    const x = t([2]);
    const y = run(mul, [run(mul, [x, x]), x]);
    const d1 = grad1(run(sum, [y], ALL), x);
    const d2 = grad1(run(sum, [d1], ALL), x);
    const d3 = grad1(run(sum, [d2], ALL), x);
    expect([toNested(d1), toNested(d2), toNested(d3)]).toEqual([[12], [12], [6]]);
  });

  it('walks a history of 100,000 operations without recursion', () => {
    const x = t([1]);
    let y = x;
    for (let i = 0; i < 100_000; i++) y = run(add, [y, x]);
    expect(toNested(grad1(run(sum, [y], ALL), x))).toEqual([100_001]);
  });

  it('accumulates every path into a shared input (diamond)', () => {
    const x = t(3);
    const a = run(mul, [x, scalar(2)]);
    const b = run(mul, [x, x]);
    expect(toNested(grad1(run(add, [a, b]), x))).toBe(8);
  });
});

describe('vjp without history', () => {
  // Large enough that the backward pass reuses the memory of gradients it is done with (pool.ts).
  const n = 70_000;
  const big = (seed: number) =>
    new Tensor(
      Float64Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed)),
      [n],
    );

  /** Uses x many ways: twice in one product, through a view, a broadcast, sin/exp/pow and a sum. */
  function forward(x: Tensor, w: Tensor): Tensor {
    const xx = run(mul, [x, x]);
    const viewed = run(reshape, [run(add, [xx, x])], [n / 10, 10]);
    const wide = run(mul, [viewed, run(reshape, [w], [n / 10, 10])]);
    const waves = run(exp, [run(mul, [run(pow, [x, scalar(2)]), run(sin, [x])])]);
    return run(add, [run(sub, [run(reshape, [wide], [n]), waves]), run(mul, [x, scalar(3)])]);
  }

  it('gives exactly the gradients the pass with history gives, run after run', () => {
    const x = big(1);
    const w = big(2);
    const v = big(3);
    const withHistory = vjp(forward(x, w), [x, w], v) as Tensor[];
    for (let run = 0; run < 3; run++) {
      const plain = withGradMode(false, () =>
        vjp(
          withGradMode(true, () => forward(x, w)),
          [x, w],
          v,
        ),
      ) as Tensor[];
      expect(plain.map((g) => Array.from(g.data))).toEqual(withHistory.map((g) => Array.from(g.data)));
    }
  });

  it('hands memory back without its old NaN verdict', () => {
    const x = big(1);
    const v = big(3);
    v.data[123] = NaN;
    for (let i = 0; i < 3; i++)
      withGradMode(false, () =>
        vjp(
          withGradMode(true, () => run(exp, [run(mul, [x, x])])),
          [x],
          v,
        ),
      );
    // These reuse arrays that held NaN; a finite result must not be flagged (exp does its own check).
    for (let i = 0; i < 4; i++) expect(run(exp, [x]).nonfinite).toBeNull();
    expect(run(mul, [x, scalar(NaN)]).nonfinite).not.toBeNull();
  });
});

describe('vjp walks only what its targets need', () => {
  const leaf = (v: number) => new Tensor(new Float64Array([v]), [], 'float64', true);

  it('with one target, stops at it: the history below does not change the gradient', () => {
    // x is the end of a long chain; y = 3x. d y / d x is 3 whatever came before x.
    let x = leaf(1);
    for (let i = 0; i < 10_000; i++) x = run(mul, [x, scalar(1.0001)]);
    const y = run(mul, [x, scalar(3)]);
    expect(grad1(y, x).data[0]).toBe(3);
    expect(grad1(x, x).data[0]).toBe(1);
  });

  it('with a target below another, still follows the path through the upper one', () => {
    const a = leaf(2);
    const x = run(mul, [a, a]);
    const y = run(mul, [x, scalar(3)]);
    const g = vjp(y, [x, a], scalar(1));
    if (isError(g)) throw new Error(g.message);
    expect([g[0].data[0], g[1].data[0]]).toEqual([3, 12]);
  });
});

describe('vjp with an observer (the inspector steps through it)', () => {
  it('hears every tensor on the way once, after all its consumers, with its complete gradient; results unchanged', () => {
    const x = t([1, 2, 3]);
    const s = run(sin, [x]);
    const p = run(mul, [s, x]);
    const y = run(sum, [run(add, [p, s])], ALL);
    const heard: [Tensor, number[]][] = [];
    const targets = [x, s, p];
    const seen = vjp(y, targets, scalar(1), (u, g) => heard.push([u, Array.from(g.data)]));
    const plain = vjp(y, targets, scalar(1));
    if (isError(seen) || isError(plain)) throw new Error('vjp failed');
    expect(seen.map((g) => toNested(g))).toEqual(plain.map((g) => toNested(g)));
    const order = heard.map(([u]) => u);
    expect(new Set(order).size).toBe(order.length);
    expect(order[0]).toBe(y);
    // s feeds p and the sum, x feeds s and p: each comes after every tensor it feeds.
    expect(order.indexOf(s)).toBeGreaterThan(order.indexOf(p));
    expect(order.indexOf(x)).toBeGreaterThan(order.indexOf(s));
    for (const [i, target] of targets.entries()) expect(heard.find(([u]) => u === target)![1]).toEqual(Array.from(plain[i].data));
  });
});
