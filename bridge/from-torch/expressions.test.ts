import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { Printer } from './expressions';
import { spellTrailingDots } from './literals';
import { ExprReader, kids } from './python-ast';

/** Prints the expression statement `src` with variables a, b, x bound to cells A1, A2, A3. */
function print(src: string): { text: string; failure: string | null } {
  const read = spellTrailingDots(src);
  const stmt = parser.parse(read).topNode.firstChild!;
  const e = new ExprReader(read, src).expr(kids(stmt)[0], 0);
  const cells: Record<string, string> = { a: 'A1', b: 'A2', x: 'A3' };
  const p = new Printer(
    {
      variable: (id) => cells[id] ?? null,
      grad: (id) => `G(${id})`,
      draw: (fn, args, top) => `${fn}(${[...args, top ? 'seed=1' : 'after=A9'].join(', ')})`,
    },
    (id) => (id === 'x1' ? 'x1_' : id),
  );
  const text = p.top(e);
  return { text, failure: p.failure };
}

describe('Printer', () => {
  it.each([
    ['a + b * 2', 'A1 + A2 * 2'],
    ['(a + b) * 2', '(A1 + A2) * 2'],
    ['a - (b - 1)', 'A1 - (A2 - 1)'],
    ['-a ** 2', '-A1 ** 2'],
    ['(-a) ** 2', '(-A1) ** 2'],
    ['a ** -b', 'A1 ** -A2'],
    ['(a ** b) ** 2', '(A1 ** A2) ** 2'],
    ['a @ b.T', 'A1 @ A2.T'],
    ['(a + 1).sum(dim=0, keepdim=True)', '(A1 + 1).sum(dim=0, keepdim=True)'],
    ['x[0, 1:3, ::2]', 'A3[0, 1:3, ::2]'],
    ['x[:, -1]', 'A3[:, -1]'],
    ['(a, b)', '(A1, A2)'],
    ['(a,)', '(A1,)'],
    ['[[1., 2], [3, 4]]', '[[1., 2], [3, 4]]'],
    ['a if a > 0 else b', 'if(A1 > 0, A1, A2)'],
    ['lambda x1, y: x1 * y + a', '(x1_, y) => x1_ * y + A1'],
    ['torch.autograd.grad(a, x)[0]', 'torch.autograd.grad(A1, A3)'],
    ['F.mse_loss(a, b, reduction="sum")', 'F.mse_loss(A1, A2, reduction="sum")'],
    ['torch.ones(2, dtype=torch.float64) * math.pi', 'torch.ones(2, dtype=torch.float64) * math.pi'],
    ['x.grad * 2', 'G(x) * 2'],
    ['torch.randn(3)', 'torch.randn(3, seed=1)'],
    ['torch.randn(3) + torch.rand(3)', 'torch.randn(3, after=A9) + torch.rand(3, after=A9)'],
    ['float("inf") + True', 'float("inf") + True'],
    ['a.grad_fn.name()', 'A1.grad_fn.name()'],
    ['a.grad_fn.next_functions[0][0]', 'A1.grad_fn.next_functions[0][0]'],
    ['a.T.shape', 'A1.T.shape'],
  ])('%s → %s', (src, want) => {
    expect(print(src)).toEqual({ text: want, failure: null });
  });

  it.each([
    ['a // b', 'the operator // has no formula spelling'],
    ['a % b', 'the operator % has no formula spelling'],
    ['a and b', 'the operator and has no formula spelling'],
    ['not a', 'the operator not has no formula spelling'],
    ['a < b < x', 'chained comparisons are not translated'],
    ['y + 1', 'y is not defined here'],
    ['len(a)', 'the function len is not translated'],
    ['torch.optim.SGD([a])', 'torch.optim.SGD is not translated'],
    ['a.add_(1)', 'add_ changes a tensor in place, which cells never do'],
    ['f"{a}"', 'f-strings have no formula spelling'],
    ['(a * 2).grad', '.grad of an expression is not translated'],
    ['[i for i in a]', 'an array comprehension expression is not translated'],
    ['torch.ones(*a)', 'star arguments are not translated'],
    ['a.backward()', 'backward inside an expression is not translated'],
    ['torch.randn(2, generator=a)', 'a draw with its own generator is not translated'],
    ['a.retain_grad()', 'the method .retain_grad() is not translated'],
    ['a.device', 'the attribute .device is not translated'],
  ])('%s is refused: %s', (src, reason) => {
    expect(print(src).failure).toBe(reason);
  });
});
