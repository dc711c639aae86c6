// Owns torch.autograd.functional.hvp and vhp, one factory for both: they compute the same product.

import { errors, isError } from '../../engine/errors';
import { Tensor } from '../../engine/tensor';
import { type CellValue, type FunctionValue, tuple } from '../../engine/value';
import { callF, detached, innerProduct, inputsOf, shaped, vectorsLike, vjpOf } from './functional';
import type { CallContext, FunctionDef } from './types';
import { defineFunction } from './define';

/**
 * (f(x), d/dx <∇f(x), v>) for a scalar f: the gradient of the gradient's inner product with v. That is
 * vᵀ·H, which equals H·v wherever f is twice continuously differentiable, so hvp and vhp share it.
 */
function hessianProduct(fn: string, ctx: CallContext, f: CellValue, x: CellValue, v: CellValue | null): CellValue {
  const inputs = inputsOf(fn, x);
  if (isError(inputs)) return inputs;
  const vs = vectorsLike(fn, v, inputs.leaves, 'input');
  if (isError(vs)) return vs;
  const out = callF(fn, ctx, f as FunctionValue, inputs.leaves);
  if (isError(out)) return out;
  if (out.isTuple || out.outs[0].size !== 1) return errors.value(fn, 'the function must return a single one-element tensor');
  const y = out.outs[0];
  const gs = vjpOf(y, inputs.leaves, new Tensor(Float64Array.of(1), y.shape));
  if (isError(gs)) return gs;
  const hv = vjpOf(innerProduct(gs, vs), inputs.leaves, new Tensor(Float64Array.of(1), []));
  if (isError(hv)) return hv;
  return detached(tuple([y, shaped(inputs.isTuple, hv)]));
}

const PRODUCTS = {
  hvp: { doc: 'A tuple (f(inputs), H·v): the Hessian-vector product of a one-element f.' },
  vhp: { doc: 'A tuple (f(inputs), vᵀ·H): the vector-Hessian product of a one-element f.' },
} as const;

/** The sheet function `hvp` or `vhp`. */
export function makeHessianProduct(name: keyof typeof PRODUCTS): FunctionDef {
  return defineFunction({
    name,
    torch: `torch.autograd.functional.${name}`,
    doc: PRODUCTS[name].doc,
    params: [
      { name: 'func', kind: 'function' },
      { name: 'inputs', kind: 'any' },
      { name: 'v', kind: 'any', default: null },
    ],
    examples: [{ formula: `=${name}(x => sum(x ** 3), [1, 2], [1, 1])[1]`, result: [6, 12] }],
    lower: ([f, x, v], _kw, ctx) => hessianProduct(name, ctx, f, x, v),
  });
}
