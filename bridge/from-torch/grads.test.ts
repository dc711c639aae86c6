// fromTorch's x.grad reads, backward calls and no_grad, checked by evaluating the translated workbook.

import { describe, expect, it } from 'vitest';
import { run } from './test-helpers';

describe('fromTorch: gradients', () => {
  const base = 'import torch\nx = torch.tensor([1., 2.], requires_grad=True)\n';

  it('reads x.grad as x.grad when the backward calls before it are all of them', () => {
    const r = run(`${base}y = (x ** 2).sum()\ny.backward()\nprint(x.grad)\n`);
    expect(r.cells.A3).toBe('=backward(y)');
    expect(r.cells.A4).toBe('=x.grad');
    expect(r.value('A4').value).toEqual([2, 4]);
  });

  it('sums the calls before the read, and only those since zero_(); None before any', () => {
    const r = run(
      `${base}print(x.grad)\n(x * 3).sum().backward()\n(x ** 2).sum().backward(retain_graph=True)\ng2 = x.grad\nx.grad.zero_()\nprint(x.grad)\ntorch.autograd.backward(x.sum(), None)\ng3 = x.grad\n`,
    );
    expect(r.cells.A2).toBe("'None");
    expect(r.cells.A5).toBe('=grad((x * 3).sum(), x) + grad((x ** 2).sum(), x)');
    expect(r.value('A5').value).toEqual([5, 7]);
    expect(r.cells.A7).toBe('=torch.zeros_like(x)');
    expect(r.cells.A9).toBe('=grad(x.sum(), x)');
    expect(r.value('A9').value).toEqual([1, 1]);
  });

  it('passes the upstream tensor, and x.grad = None resets to None', () => {
    const r = run(`${base}y = x * 2\ny.backward(gradient=torch.tensor([1., 10.]), retain_graph=True)\nx.grad = None\nprint(x.grad)\n`);
    expect(r.cells.A3).toBe('=backward(y, torch.tensor([1., 10.]))');
    expect(r.cells.A5).toBe("'None");
  });

  it('gives None for a tensor that is not a leaf requiring grad, saying why', () => {
    const r = run(`${base}y = x * 2\ny.sum().backward()\nprint(y.grad)\n`);
    expect(r.cells.A4).toBe("'None");
    expect(r.cells.B4).toMatch(/not a leaf/);
  });

  it('wraps values in no_grad inside with torch.no_grad()', () => {
    const r = run(`${base}with torch.no_grad():\n    y = x * 2\n    print(y.requires_grad)\nz = x * 2\n`);
    expect(r.cells.A2).toBe('=no_grad(x * 2)');
    expect(r.value('A3').value).toBe(false);
    expect(r.cells.A4).toBe('=x * 2');
  });

  it('drops the [0] of torch.autograd.grad', () => {
    const r = run(`${base}g = torch.autograd.grad((x ** 3).sum(), x, create_graph=True)[0]\n`);
    expect(r.cells.A2).toBe('=torch.autograd.grad((x ** 3).sum(), x, create_graph=True)');
    expect(r.value('A2').value).toEqual([3, 12]);
  });
});
