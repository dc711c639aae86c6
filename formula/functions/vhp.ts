import { hessianProduct } from './hvp';
import { defineFunction } from './define';

export const vhp = defineFunction({
  name: 'vhp', torch: 'torch.autograd.functional.vhp',
  doc: 'A tuple (f(inputs), vᵀ·H): the vector-Hessian product of a one-element f.',
  params: [{ name: 'func', kind: 'function' }, { name: 'inputs', kind: 'any' }, { name: 'v', kind: 'any', default: null }],
  examples: [{ formula: '=vhp(x => sum(x ** 3), [1, 2], [1, 1])[1]', result: [6, 12] }],
  lower: ([f, x, v], _kw, ctx) => hessianProduct('vhp', ctx, f, x, v),
});
