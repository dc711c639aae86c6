import { isError } from '../../engine/errors';
import { run } from '../../engine/op';
import { add } from '../../engine/ops/add';
import type { Tensor } from '../../engine/tensor';
import { tuple } from '../../engine/value';
import { callF, detached, inputsOf, shaped, vectorsLike, vjpOf } from './functional';
import { defineFunction } from './define';

/** (f(x), vᵀ·J): the vector-Jacobian product, as torch.autograd.functional.vjp. */
export const vjp = defineFunction({
  name: 'vjp', torch: 'torch.autograd.functional.vjp',
  doc: 'A tuple (f(inputs), vᵀ·J): the vector-Jacobian product with v shaped like the output.',
  params: [{ name: 'func', kind: 'function' }, { name: 'inputs', kind: 'any' }, { name: 'v', kind: 'any', default: null }],
  examples: [{ formula: '=vjp(x => x ** 2, [1, 2], [1, 1])[1]', result: [2, 4] }],
  lower: ([f, x, v], _kw, ctx) => {
    const inputs = inputsOf('vjp', x);
    if (isError(inputs)) return inputs;
    const out = callF('vjp', ctx, f, inputs.leaves);
    if (isError(out)) return out;
    const vs = vectorsLike('vjp', v, out.outs, 'output');
    if (isError(vs)) return vs;
    // Several outputs contribute to each input's gradient: their products add up.
    const perOutput: Tensor[][] = [];
    for (let o = 0; o < out.outs.length; o++) {
      const gs = vjpOf(out.outs[o], inputs.leaves, vs[o]);
      if (isError(gs)) return gs;
      perOutput.push(gs);
    }
    const grads = inputs.leaves.map((_, i) => perOutput.map((gs) => gs[i]).reduce((a, b) => run(add, [a, b])));
    return detached(tuple([shaped(out.isTuple, out.outs), shaped(inputs.isTuple, grads)]));
  },
});
