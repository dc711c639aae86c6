// Owns the registry entries of the special forms (their evaluation is in formula/special-forms.ts).

import { errors } from '../../engine/errors';
import type { FunctionDef, SpecialForm } from './types';

const notAValue = (name: string) => () => errors.value(name, 'is a special form: call it directly, it cannot be passed as a function');

function form(
  name: SpecialForm, torch: string, doc: string, params: FunctionDef['params'], examples: FunctionDef['examples'], kwargs?: FunctionDef['kwargs'],
): FunctionDef {
  return { name, form: name, torch, doc, params, examples, lower: notAValue(name), ...(kwargs ? { kwargs } : {}) };
}

/** PyTorch's keywords of a backward pass (formula/special-forms.ts reads them). */
const GRAPH_KWARGS: FunctionDef['kwargs'] = [
  { name: 'retain_graph', kind: 'bool', default: false, doc: 'Accepted as PyTorch does; a sheet never frees a graph.' },
  { name: 'create_graph', kind: 'bool', default: false, doc: 'Show the gradient with its own grad_fn (a later grad differentiates it either way).' },
];

export const if_: FunctionDef = form(
  'if', 'Python `a if cond else b`', 'Evaluates only the branch the scalar condition picks (lazy).',
  [{ name: 'cond', kind: 'any' }, { name: 'then', kind: 'any' }, { name: 'else', kind: 'any', default: null }],
  [{ formula: '=if(2 > 1, 10, 20)', result: 10 }, { formula: '=if([1, 2] > 0, 1, 2)', result: '#VALUE!' }],
);

export const let_: FunctionDef = form(
  'let', 'Python assignment', 'Binds names to values for the body: let(name1, value1, ..., body).',
  [{ name: 'name1', kind: 'any' }, { name: 'value1', kind: 'any' }, { name: 'body', kind: 'any', variadic: true }],
  [{ formula: '=let(a, 2, b, a + 1, a * b)', result: 6 }],
);

export const grad: FunctionDef = form(
  'grad', 'torch.autograd.grad',
  'dy/dx for a one-element y, or the vector-Jacobian product vᵀ·∂y/∂x with an upstream v of y\'s shape; x is a reference, range, name, lambda parameter or let name.',
  [{ name: 'y', kind: 'tensor' }, { name: 'x', kind: 'tensor' }, { name: 'v', kind: 'tensor', default: null }],
  [
    { formula: '=let(x, 3, grad(x ** 2, x))', result: 6 },
    { formula: '=let(x, [1, 2], grad(x * x, x, [1, 1]))', result: [2, 4] },
    { formula: '=let(x, [1, 2], grad(x * x, x))', result: '#GRAD!' },
    { formula: '=let(x, 3, grad(x ** 2, x, create_graph=true)).requires_grad', result: false },
  ],
  GRAPH_KWARGS,
);

export const backward: FunctionDef = form(
  'backward', 'torch.Tensor.backward',
  'Declares y as a backward root (with upstream v for a y of more than one element); x.grad sums over all roots.',
  [{ name: 'y', kind: 'tensor' }, { name: 'v', kind: 'tensor', default: null }],
  [{ formula: '=backward(sum([1, 2]))', result: 3 }],
  GRAPH_KWARGS,
);

export const no_grad: FunctionDef = form(
  'no_grad', 'torch.no_grad', 'Evaluates the expression without recording history: results do not require grad.',
  [{ name: 'expr', kind: 'any' }],
  [{ formula: '=no_grad(ones(2, requires_grad=true) * 2).requires_grad', result: false }],
);

export const enable_grad: FunctionDef = form(
  'enable_grad', 'torch.enable_grad', 'Evaluates the expression with history recorded, even inside no_grad.',
  [{ name: 'expr', kind: 'any' }],
  [{ formula: '=no_grad(enable_grad(ones(2, requires_grad=true) * 2)).requires_grad', result: true }],
);

export const SPECIAL_FORM_FUNCTIONS: readonly FunctionDef[] = [if_, let_, grad, backward, no_grad, enable_grad];
