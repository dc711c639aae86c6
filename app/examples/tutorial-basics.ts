// Owns the example that rebuilds the tutorial "Automatic differentiation with torch.autograd"
// (Learn the Basics): golden case seed001-bce-logits in cli/golden/pytorch-cases.json.

import { example } from './build';

// torch.randn(5, 3) and torch.randn(3) as PyTorch drew them for the golden case.
const W =
  '[[0.6613521715704522, 0.2669240982925188, 0.061677258237348306], [0.6213173286854216, -0.45190596470388295, -0.16613023453557194], [-1.5227684840130555, 0.38168390241818895, -1.0276085758313882], [-0.5630527986537884, -0.8922905087810341, -0.05825017908369636], [-0.19550957739962468, -0.9656359311683427, 0.42241532118215536]]';
const B = '[0.26731699794736563, -0.4211951567546136, -0.5106999992831965]';

export const basics = example(
  {
    id: 'autograd-basics',
    kind: 'tutorial',
    title: 'Automatic differentiation with torch.autograd',
    summary:
      'A one-layer network z = x·w + b with a binary cross-entropy loss: gradients of w and b, no_grad and detach, and Jacobian products that accumulate.',
  },
  (b) => {
    const s = b.sheet('Autograd');
    s.heading('Graph', 'A one-layer network: z = x·w + b, then a loss against y');
    s.cell('=torch.ones(5)', 'x = torch.ones(5): the input', 'x');
    s.cell('=torch.zeros(3)', 'y = torch.zeros(3): the expected output', 'y');
    s.cell(`=torch.tensor(${W}, requires_grad=True)`, 'w = torch.randn(5, 3, requires_grad=True)', 'w');
    s.cell(`=torch.tensor(${B}, requires_grad=True)`, 'b = torch.randn(3, requires_grad=True)', 'b');
    s.cell('=torch.matmul(x, w) + b', 'z = torch.matmul(x, w) + b', 'z');
    s.cell(
      '=torch.nn.functional.binary_cross_entropy_with_logits(z, y)',
      'loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)',
      'loss',
    );
    s.cell('=z.grad_fn', 'z.grad_fn');
    s.cell('=loss.grad_fn', 'loss.grad_fn');
    s.heading('Gradients', 'loss.backward(), then read w.grad and b.grad');
    s.cell('=loss.backward()', 'loss.backward(): fills w.grad and b.grad');
    s.cell('=w.grad', 'w.grad = ∂loss/∂w (5×3)');
    s.cell('=b.grad', 'b.grad = ∂loss/∂b');
    s.gap();
    s.heading('Tracking off', 'no_grad and detach give z without history');
    s.cell('=torch.no_grad(torch.matmul(x, w) + b)', 'with torch.no_grad(): z = torch.matmul(x, w) + b', 'z_nograd');
    s.cell('=z_nograd.requires_grad', 'z.requires_grad is False');
    s.cell('=z.detach()', 'z_det = z.detach()', 'z_det');
    s.cell('=z_det.requires_grad', 'z_det.requires_grad is False');
    s.gap();
    s.heading('Jacobians', 'For a tensor output, backward needs an upstream tensor; calls accumulate');
    s.cell('=torch.eye(4, 5, requires_grad=True)', 'inp = torch.eye(4, 5, requires_grad=True)', 'inp');
    s.cell('=(inp + 1).pow(2).t()', 'out = (inp + 1).pow(2).t()', 'out');
    s.cell('=torch.autograd.grad(out, inp, torch.ones_like(out))', 'First call: inp.grad after out.backward(torch.ones_like(out))');
    s.cell('=out.backward(torch.ones_like(out), retain_graph=True)', 'out.backward(torch.ones_like(out), retain_graph=True), once');
    s.cell('=out.backward(torch.ones_like(out), retain_graph=True)', 'out.backward(torch.ones_like(out), retain_graph=True), twice');
    s.cell('=inp.grad', 'Second call: inp.grad sums both calls, twice the first');
  },
);
