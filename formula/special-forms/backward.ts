// Owns `backward(y, v)`: y.backward() as a formula, a form because it declares y a backward root of
// the workbook rather than computing a value from its arguments.

import { isError } from '../../engine/errors';
import type { Tensor } from '../../engine/tensor';
import { runtime } from '../runtime';
import { GRAPH_KWARGS, createGraph, upstream } from './backward-pass';
import { specialForm } from './special-form';

export const backward = specialForm({
  name: 'backward',
  torch: 'torch.Tensor.backward',
  doc: 'Declares y as a backward root (with upstream v for a y of more than one element); x.grad sums over all roots.',
  params: [
    { name: 'y', kind: 'tensor', aliases: ['tensor', 'tensors'] },
    { name: 'v', kind: 'tensor', default: null, aliases: ['gradient', 'grad_tensors'] },
  ],
  kwargs: GRAPH_KWARGS,
  examples: [{ formula: '=backward(sum([1, 2]))', result: 3 }],
  run: ({ given: [yArg, vArg, retain, create] }, ctx) => {
    const graph = createGraph('backward', retain, create, ctx);
    if (isError(graph)) return graph;
    const y = ctx.value(yArg!);
    if (isError(y)) return y;
    const v = vArg === null ? null : ctx.value(vArg);
    const up = upstream('backward', y, v);
    if (isError(up)) return up;
    runtime().declareBackward(y as Tensor, up, graph);
    return y;
  },
});
