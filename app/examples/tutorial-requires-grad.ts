// Owns the example that rebuilds the tutorial on requires_grad, out.backward() and upstream
// tensors: golden cases seed004-* in cli/golden/pytorch-cases.json.

import { example } from './build';

export const requiresGrad = example(
  {
    id: 'autograd-requires-grad',
    kind: 'tutorial',
    title: 'requires_grad, backward and upstream tensors',
    summary:
      'Tracking switched on later with requires_grad_; out = mean((x + 2)² + 3) with d(out)/dx = 1.5; a zero upstream tensor gives a zero gradient.',
  },
  (b) => {
    const s = b.sheet('Autograd');
    s.heading('Switch on', 'A tensor made without grad; requires_grad_(True) switches tracking on');
    const a0 = s.cell('=torch.ones(2, 2)', 'a = torch.ones(2, 2)');
    s.cell(`=(${a0} * 3) / (${a0} + 1)`, 'a = (a * 3) / (a + 1): requires_grad is False', 'a_plain');
    s.cell('=a_plain.requires_grad', 'a.requires_grad');
    s.cell('=a_plain.requires_grad_(True)', 'a.requires_grad_(True)', 'a');
    s.cell('=(a * a).sum()', 'b = (a * a).sum()', 'b');
    s.cell('=b.grad_fn', 'b.grad_fn');
    s.cell('=torch.autograd.grad(b, a)', 'b.backward(); a.grad = 2a = 3');
    s.heading('Gradients', 'out = z.mean() with z = y² + 3, y = x + 2');
    s.cell('=torch.ones(2, 2, requires_grad=True)', 'x = torch.ones(2, 2, requires_grad=True)', 'x');
    s.cell('=x + 2', 'y = x + 2', 'y');
    s.cell('=y * y + 3', 'z = y * y + 3', 'z');
    s.cell('=z.mean()', 'out = z.mean()', 'out');
    s.cell('=out.backward()', 'out.backward(): fills x.grad');
    s.cell('=x.grad', 'x.grad = 2(x + 2)/4 = 1.5');
    s.gap();
    s.heading('Upstream', 'y.backward(v) weights the outputs by v; v = 0 gives a zero gradient');
    const xv = s.cell(
      '=torch.tensor([-1.5138644, -0.4980468, 1.011629], requires_grad=True)',
      'x = torch.randn(3, requires_grad=True), fixed numbers here',
    );
    const yv = s.cell(`=while(${xv} * 2, y => y.norm() < 1000, y => y * 2)`, 'y = x * 2; while y.norm() < 1000: y = y * 2');
    s.cell(`=torch.autograd.grad(${yv}, ${xv}, torch.zeros(3))`, 'y.backward(torch.zeros(3)); x.grad is zero');
  },
);
