// Owns the example that rebuilds the tutorial "Autograd: automatic differentiation" (PyTorch's
// 60-minute blitz): golden cases seed000-* in cli/golden/pytorch-cases.json.

import { example } from './build';

export const blitz = example(
  {
    id: 'autograd-blitz',
    kind: 'tutorial',
    title: 'Autograd: automatic differentiation',
    summary:
      'x = ones(2, 2) → out = mean(3(x + 2)²); out.backward() gives 4.5; a vector-Jacobian product through a while loop; requires_grad_ and no_grad.',
  },
  (b) => {
    const s = b.sheet('Autograd');
    s.heading('Tensors', 'requires_grad=True records every operation on x');
    s.cell('=torch.ones(2, 2, requires_grad=True)', 'x = torch.ones(2, 2, requires_grad=True)', 'x');
    s.cell('=x + 2', 'y = x + 2: made by an operation, so it has a grad_fn', 'y');
    s.cell('=y.grad_fn', 'y.grad_fn');
    s.cell('=y * y * 3', 'z = y * y * 3', 'z');
    s.cell('=z.mean()', 'out = z.mean()', 'out');
    s.gap();
    s.heading('Gradients', 'out.backward() fills x.grad with d(out)/dx');
    s.cell('=out.backward()', 'out.backward()');
    s.cell('=x.grad', 'x.grad: d(out)/dx = 3(x + 2)/2 = 4.5 everywhere');
    s.cell(
      '=torch.autograd.grad(z, x, torch.tensor([[0.25, 0.5], [0.75, 1.]]))',
      "z.backward(v) for a 2×2 z: vᵀ·∂z/∂x with v = [[0.25, 0.5], [0.75, 1]] (asked with grad, so x.grad above keeps out's alone)",
    );
    s.gap();
    s.heading('Loop VJP', 'y doubles until its norm passes 1000; y.backward(v) needs an upstream v');
    s.cell('=torch.tensor([0.3, -1.2, 0.07], requires_grad=True)', 'x = torch.randn(3, requires_grad=True), fixed numbers here', 'xr');
    s.cell('=while(xr * 2, y => y.norm() < 1000, y => y * 2)', 'y = x * 2; while y.norm() < 1000: y = y * 2', 'yr');
    s.cell('=torch.tensor([0.1, 1.0, 0.0001])', 'v = torch.tensor([0.1, 1.0, 0.0001])', 'v');
    s.cell('=torch.autograd.grad(yr, xr, v)', 'y.backward(v); x.grad = vᵀ·∂y/∂x');
    s.gap();
    s.heading('No tracking', 'requires_grad_ switches tracking on and off; no_grad computes without history');
    s.cell('=[[0.5, -1.5], [2.0, 0.25]]', 'a: a plain tensor', 'a');
    s.cell('=a.requires_grad_(False)', 'a.requires_grad_(False)');
    s.cell('=a.requires_grad_(True)', 'a.requires_grad_(True): a new leaf that requires grad', 'a_grad');
    s.cell('=a_grad ** 2', 'a ** 2 requires grad (PowBackward0)');
    s.cell('=torch.no_grad(a_grad ** 2)', 'with torch.no_grad(): a ** 2 does not');
  },
);
