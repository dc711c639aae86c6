// Owns `grad(y, x, v)`: torch.autograd.grad, a form because it needs to know which tensor x is (a
// reference, a range, a name, a lambda parameter or a let name), not only its value.

import { vjp } from '../../engine/autograd';
import { errors, isError } from '../../engine/errors';
import { attempt, run } from '../../engine/op';
import { reshape } from '../../engine/ops/reshape';
import { stackAs } from '../../engine/ops/stack';
import { type Tensor, isTensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';
import type { CellAddress, Expr } from '../ast';
import { gradientPass, shownGradient } from '../gradient-display';
import { type Origin, runtime } from '../runtime';
import { type Env, lookupScope } from '../scope';
import { GRAPH_KWARGS, createGraph, upstream } from './backward-pass';
import { specialForm } from './special-form';

export const grad = specialForm({
  name: 'grad',
  torch: 'torch.autograd.grad',
  doc:
    "dy/dx for a one-element y, or the vector-Jacobian product vᵀ·∂y/∂x with an upstream v of y's shape; " +
    'x is a reference, range, name, lambda parameter or let name.',
  params: [
    { name: 'y', kind: 'tensor', aliases: ['outputs'] },
    { name: 'x', kind: 'tensor', aliases: ['inputs'] },
    { name: 'v', kind: 'tensor', default: null, aliases: ['grad_outputs'] },
  ],
  kwargs: GRAPH_KWARGS,
  examples: [
    { formula: '=let(x, 3, grad(x ** 2, x))', result: 6 },
    { formula: '=let(x, [1, 2], grad(x * x, x, [1, 1]))', result: [2, 4] },
    { formula: '=let(x, [1, 2], grad(x * x, x))', result: '#GRAD!' },
    { formula: '=let(x, 3, grad(x ** 2, x, create_graph=true)).requires_grad', result: false },
  ],
  run: ({ given: [yArg, xArg, vArg, retain, create] }, ctx) => {
    const graph = createGraph('grad', retain, create, ctx);
    if (isError(graph)) return graph;
    const x = xArg!;
    if ('expr' in x && !['ref', 'range', 'name'].includes(x.expr.type)) {
      return errors.grad('grad: x must be a cell reference, a range, a name, a lambda parameter or a let name');
    }
    const y = ctx.value(yArg!);
    if (isError(y)) return y;
    const v = vArg === null ? null : ctx.value(vArg);
    if (v !== null && isError(v)) return v;
    const up = upstream('grad', y, v);
    if (isError(up)) return up;
    const yt = y as Tensor;
    const range = 'expr' in x ? rangeOf(x.expr, ctx.env) : null;
    const g =
      range !== null
        ? gradientPass(graph, () => gradOverRange(yt, up, range.start, range.end, range.from))
        : gradOfValue(yt, up, ctx.value(x), graph);
    return isTensor(g) ? shownGradient(g, graph) : g;
  },
});

function gradOfValue(y: Tensor, up: Tensor, x: CellValue, createGraph: boolean): CellValue {
  if (isError(x)) return x;
  if (!isTensor(x)) return errors.value('grad', `x must be a tensor, got ${x.kind === 'empty' ? 'an empty cell' : `a ${x.kind}`}`);
  if (x.dtype === 'bool') return errors.grad('grad: x is a boolean tensor, which has no gradient');
  const gs = gradientPass(createGraph, () => attempt(() => vjp(y, [x], up)));
  return isError(gs) ? gs : gs[0];
}

/** The range `x` stands for, inline or through a workbook name (unless a parameter or `let` shadows it). */
function rangeOf(x: Expr, env: Env): { start: CellAddress; end: CellAddress; from: Origin } | null {
  if (x.type === 'range') return { start: x.start, end: x.end, from: env };
  if (x.type === 'name' && lookupScope(env.scope, x.name) === undefined) return runtime().nameRange(x.name);
  return null;
}

/** dy/dx for each cell of a range, laid out as the range: the cells are the leaves (each reader stacks its own tensor of them). */
function gradOverRange(y: Tensor, up: Tensor, start: CellAddress, end: CellAddress, from: Origin): CellValue {
  const cells = runtime().rangeCells(start, end, from);
  if (isError(cells)) return cells;
  const xs: Tensor[] = [];
  for (const c of cells.values) {
    if (isError(c)) return c;
    if (!isTensor(c) || c.size !== 1) return errors.value('grad', 'each cell of the range must hold a single number');
    xs.push(c);
  }
  return attempt(() => {
    const gs = vjp(y, xs, up);
    return isError(gs)
      ? gs
      : stackAs(
          gs.map((g) => (g.rank === 0 ? g : run(reshape, [g], []))),
          [cells.rows, cells.cols],
        );
  });
}
