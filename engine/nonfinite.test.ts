import { describe, expect, it } from 'vitest';
import { vjp } from './autograd';
import { isError } from './errors';
import { withGradMode } from './grad-mode';
import { type AnyOp, run } from './op';
import { div } from './ops/div';
import { log } from './ops/log';
import { log1p } from './ops/log1p';
import { mul } from './ops/mul';
import { pow } from './ops/pow';
import { sqrt } from './ops/sqrt';
import { type Tensor, scalar } from './tensor';

/** The origin a gradient's NaN/±inf flag names, or null when the gradient is finite. */
function blamed(y: Tensor, x: Tensor, v: Tensor): string | null {
  const g = vjp(y, [x], v);
  if (isError(g)) throw new Error(g.message);
  return g[0].nonfinite?.op ?? null;
}

describe('the NaN/±inf flag of a backward pass', () => {
  // Each backward rule is written with forward ops (sqrt's is a div), so the innermost op used to be named.
  const cases: [string, AnyOp, number, number | null, string][] = [
    // op, x, the other operand (null: unary), upstream, PyTorch's name (what its anomaly mode reports)
    ['sqrt', sqrt, 0, null, 'SqrtBackward0'],
    ['log', log, 0, null, 'LogBackward0'],
    ['log1p', log1p, -1, null, 'Log1PBackward0'],
    ['div', div, 1, 0, 'DivBackward0'],
    ['pow', pow, 0, 0.5, 'PowBackward0'],
  ];
  for (const [name, op, x0, other, gradFn] of cases) {
    for (const upstream of [1, 0]) {
      it(`names ${gradFn} for ${name}'s backward at ${x0} (upstream ${upstream})`, () => {
        const x = scalar(x0, true);
        const y = withGradMode(true, () => run(op, other === null ? [x] : [x, scalar(other)]));
        expect(blamed(y, x, scalar(upstream))).toBe(gradFn);
      });
    }
  }

  it('still names the forward op whose output the rule read (the value came from there)', () => {
    const x = scalar(0, true);
    const inf = withGradMode(true, () => run(div, [scalar(1), x]));
    expect(inf.nonfinite?.op).toBe('div');
    const y = withGradMode(true, () => run(mul, [inf, x]));
    // d(inf·x)/dx = inf, read from the flagged forward value.
    expect(blamed(y, x, scalar(1))).toBe('div');
  });

  it('names the rule of a second derivative where that rule made the infinity', () => {
    const x = scalar(0, true);
    const first = withGradMode(true, () => vjp(run(sqrt, [x]), [x], scalar(1)));
    if (isError(first)) throw new Error(first.message);
    expect(first[0].nonfinite?.op).toBe('SqrtBackward0');
    // The first gradient is recorded as sqrt's rule wrote it, g / (2·sqrt(x)): a DivBackward0 node, as
    // PyTorch's create_graph records it, whose rule makes a new -inf from finite inputs.
    expect(blamed(first[0], x, scalar(1))).toBe('DivBackward0');
  });

  it('leaves forward ops run after a backward pass named as themselves', () => {
    const x = scalar(0, true);
    vjp(
      withGradMode(true, () => run(sqrt, [x])),
      [x],
      scalar(1),
    );
    expect(run(log, [scalar(0)]).nonfinite?.op).toBe('log');
  });
});
