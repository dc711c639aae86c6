// Owns the reference's table of PyTorch's spellings (SPEC §10): what a tutorial's code may be typed as,
// what the sheet makes of it, and the in-place spellings it answers with what to write instead. Each
// row's formula is evaluated by spellings.test.ts, so the table cannot drift from the evaluator.

import type { FunctionExample } from '../../formula/catalogue';

export interface Spelling extends FunctionExample {
  /** What the spelling means in the sheet, or why it is refused. */
  readonly means: string;
}

export interface SpellingGroup {
  readonly title: string;
  readonly rows: readonly Spelling[];
}

export const SPELLINGS: readonly SpellingGroup[] = [
  {
    title: 'Names and literals',
    rows: [
      {
        formula: '=torch.ones(2)',
        result: [1, 1],
        means:
          'torch., F., torch.nn.functional., nn.functional., torch.autograd(.functional)., torch.linalg., torch.special., math. and torch.nn.utils. name the same functions',
      },
      {
        formula: '=F.mse_loss(torch.tensor([1., 2.]), torch.zeros(2))',
        result: 2.5,
        means: 'F. is torch.nn.functional, as scripts import it',
      },
      { formula: '=1. + .5', result: 1.5, means: "Python's number literals" },
      { formula: '=(torch.ones(2), 3.)[1]', result: 3, means: 'tuples (a, b) and (a,), indexed from 0' },
      { formula: '=torch.pi - math.pi', result: 0, means: 'the constants pi, e, inf and nan, bare or prefixed' },
      { formula: '=torch.sum(torch.ones(2, 2), dim=None)', result: 4, means: 'None where PyTorch takes None: "not given"' },
    ],
  },
  {
    title: 'Tensors and gradients',
    rows: [
      {
        formula: '=torch.arange(3, dtype=torch.long)',
        result: [0, 1, 2],
        means: 'dtype=: float64 silently, float32 and half in float64 with a note, integer dtypes whole, torch.bool boolean',
      },
      {
        formula: '=torch.ones(2, 3).size(-1)',
        result: 3,
        means: 'x.size(), x.size(d), x.dim(), x.numel(), x.tolist(), x.clone(), x.data, x.is_leaf, x.dtype, x.ndim',
      },
      {
        formula: '=let(x, torch.tensor(3., requires_grad=True), torch.autograd.grad(x ** 2, x))',
        result: 6,
        means: "torch.autograd.grad(y, x) is grad(y, x): a tensor of x's shape, not a one-element tuple (a script's [0] goes)",
      },
      {
        formula: '=let(x, torch.ones(2, requires_grad=True), torch.autograd.grad((x ** 2).sum(), x, create_graph=True).requires_grad)',
        result: true,
        means: 'a gradient shows requires_grad=False and no grad_fn unless create_graph=True; a later grad differentiates it either way',
      },
    ],
  },
  {
    title: 'In place: never, with what to write instead',
    rows: [
      {
        formula: '=torch.ones(2, requires_grad=True).add_(1)',
        result: '#VALUE!',
        means: "x.add_(1): write x + 1 (for a leaf that requires grad, with PyTorch's own error)",
      },
      { formula: '=torch.ones(2).zero_()', result: '#VALUE!', means: 'x.zero_() and x.grad.zero_(): write zeros_like(x)' },
      { formula: '=torch.sin_(torch.ones(2))', result: '#VALUE!', means: 'torch.sin_(x): write sin(x)' },
      {
        formula: '=torch.ones(2).requires_grad = False',
        result: '#VALUE!',
        means: 'x.requires_grad = False: write requires_grad_(x, false)',
      },
    ],
  },
];
