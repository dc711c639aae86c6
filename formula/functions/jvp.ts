import { isError } from '../../engine/errors';
import { Tensor } from '../../engine/tensor';
import { tuple } from '../../engine/value';
import { callF, detached, innerProduct, inputsOf, shaped, vectorsLike, vjpOf } from './functional';
import { defineFunction } from './define';

/**
 * (f(x), J·v): the Jacobian-vector product. Computed as PyTorch's functional.jvp does, by the double
 * backward trick: the vjp with a dummy upstream u is linear in u, and its gradient in u is J·v.
 */
export const jvp = defineFunction({
  name: 'jvp', torch: 'torch.autograd.functional.jvp',
  doc: 'A tuple (f(inputs), J·v): the Jacobian-vector product with v shaped like the inputs.',
  params: [{ name: 'func', kind: 'function' }, { name: 'inputs', kind: 'any' }, { name: 'v', kind: 'any', default: null }],
  examples: [{ formula: '=jvp(x => x ** 2, [1, 2], [1, 0.5])[1]', result: [2, 2] }],
  lower: ([f, x, v], _kw, ctx) => {
    const inputs = inputsOf('jvp', x);
    if (isError(inputs)) return inputs;
    const vs = vectorsLike('jvp', v, inputs.leaves, 'input');
    if (isError(vs)) return vs;
    const out = callF('jvp', ctx, f, inputs.leaves);
    if (isError(out)) return out;
    const products: Tensor[] = [];
    for (const y of out.outs) {
      const u = new Tensor(new Float64Array(y.size), y.shape, 'float64', true);
      const gs = vjpOf(y, inputs.leaves, u);
      if (isError(gs)) return gs;
      const jv = vjpOf(innerProduct(gs, vs), [u], new Tensor(Float64Array.of(1), []));
      if (isError(jv)) return jv;
      products.push(jv[0]);
    }
    return detached(tuple([shaped(out.isTuple, out.outs), shaped(out.isTuple, products)]));
  },
});
