// Owns torch.autograd.functional.vjp and jvp, one factory for both: the tuple (f(inputs), product) where
// the product is vᵀ·J (v shaped like the outputs) or J·v (v shaped like the inputs).

import { type CellError, isError } from '../../engine/errors';
import { run } from '../../engine/op';
import { add } from '../../engine/ops/add';
import { Tensor } from '../../engine/tensor';
import { type CellValue, tuple } from '../../engine/value';
import { type Inputs, callF, detached, innerProduct, inputsOf, shaped, vectorsLike, vjpOf } from './functional';
import type { FunctionDef } from './types';
import { defineFunction } from './define';

type Outputs = { readonly outs: Tensor[]; readonly isTuple: boolean };

const PRODUCTS = {
  vjp: {
    doc: 'A tuple (f(inputs), vᵀ·J): the vector-Jacobian product with v shaped like the output.',
    examples: [{ formula: '=vjp(x => x ** 2, [1, 2], [1, 1])[1]', result: [2, 4] }],
    vectors: 'output',
    product: (out: Outputs, inputs: Inputs, vs: readonly Tensor[]): CellValue | CellError => {
      // Several outputs contribute to each input's gradient: their products add up.
      const perOutput: Tensor[][] = [];
      for (let o = 0; o < out.outs.length; o++) {
        const gs = vjpOf(out.outs[o], inputs.leaves, vs[o]);
        if (isError(gs)) return gs;
        perOutput.push(gs);
      }
      return shaped(
        inputs.isTuple,
        inputs.leaves.map((_, i) => perOutput.map((gs) => gs[i]).reduce((a, b) => run(add, [a, b]))),
      );
    },
  },
  jvp: {
    doc: 'A tuple (f(inputs), J·v): the Jacobian-vector product with v shaped like the inputs.',
    examples: [{ formula: '=jvp(x => x ** 2, [1, 2], [1, 0.5])[1]', result: [2, 2] }],
    vectors: 'input',
    // As PyTorch's functional.jvp computes it, by the double backward trick: the vjp with a dummy
    // upstream u is linear in u, and its gradient in u is J·v.
    product: (out: Outputs, inputs: Inputs, vs: readonly Tensor[]): CellValue | CellError => {
      const products: Tensor[] = [];
      for (const y of out.outs) {
        const u = new Tensor(new Float64Array(y.size), y.shape, 'float64', true);
        const gs = vjpOf(y, inputs.leaves, u);
        if (isError(gs)) return gs;
        const jv = vjpOf(innerProduct(gs, vs), [u], new Tensor(Float64Array.of(1), []));
        if (isError(jv)) return jv;
        products.push(jv[0]);
      }
      return shaped(out.isTuple, products);
    },
  },
} as const;

/** The sheet function `vjp` or `jvp`. */
export function makeProductFunction(name: keyof typeof PRODUCTS): FunctionDef {
  const { doc, examples, vectors, product } = PRODUCTS[name];
  return defineFunction({
    name,
    torch: `torch.autograd.functional.${name}`,
    doc,
    params: [
      { name: 'func', kind: 'function' },
      { name: 'inputs', kind: 'any' },
      { name: 'v', kind: 'any', default: null },
    ],
    examples,
    lower: ([f, x, v], _kw, ctx) => {
      const inputs = inputsOf(name, x);
      if (isError(inputs)) return inputs;
      // v shaped like the inputs is checked before f runs; v shaped like the outputs can only be checked after.
      const early = vectors === 'input' ? vectorsLike(name, v, inputs.leaves, 'input') : null;
      if (isError(early)) return early;
      const out = callF(name, ctx, f, inputs.leaves);
      if (isError(out)) return out;
      const vs = early ?? vectorsLike(name, v, out.outs, 'output');
      if (isError(vs)) return vs;
      const p = product(out, inputs, vs);
      return isError(p) ? p : detached(tuple([shaped(out.isTuple, out.outs), p]));
    },
  });
}
