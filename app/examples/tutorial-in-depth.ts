// Owns the example that rebuilds the tutorial on the chain rule, gradient accumulation and
// higher-order gradients: golden cases seed003-* in cli/golden/pytorch-cases.json.

import { example } from './build';

// nn.Linear(4, 3) and nn.Linear(3, 1) as PyTorch initialised them for the golden case, and its input.
const W1 =
  '[[-0.44184551403857025, -0.4370898325754224, -0.3764139272255909, -0.4474198356389229], [0.02617189685476184, -0.023215246212520354, 0.45523570024914156, 0.4287525814574295], [-0.4164566312471321, -0.3673593278463014, -0.34294650248929187, -0.12463296794949939]]';
const B1 = '[0.3425197308314868, 0.37050104178369747, -0.12246704472944059]';
const W2 = '[[0.1298305898446574, -0.47560985311229054, 0.23230483894659132]]';
const B2 = '[0.14249360678675507]';
const INPUT = '[-0.3639322893546564, 0.15133809205277182, -0.3514404298617753, -0.7906430712073464]';

export const inDepth = example(
  {
    id: 'autograd-in-depth',
    kind: 'tutorial',
    title: 'Chain rule, accumulation and higher-order gradients',
    summary:
      'The chain rule step by step, scalar and vector outputs, mse_loss, backward calls that add up, a small two-layer net, second and third derivatives, gradient clipping and a custom ReLU.',
  },
  (b) => {
    const s = b.sheet('Chain');
    s.heading('Chain rule', 'y = x², z = 2y + 3: dz/dx = dz/dy · dy/dx = 2 · 2x = 8 at x = 2');
    s.cell('=torch.tensor([2.0], requires_grad=True)', 'x = torch.tensor([2.0], requires_grad=True)', 'x');
    s.cell('=x ** 2', 'y = x ** 2', 'y');
    s.cell('=2 * y + 3', 'z = 2 * y + 3', 'z');
    s.cell('=torch.autograd.grad(z, x)', 'z.backward(); x.grad = 4x = 8');
    s.gap();
    s.heading('Scalar, vector', 'backward() of a scalar needs nothing; of a vector, an upstream tensor');
    const v = s.cell('=torch.tensor([1., 2., 3.], requires_grad=True)', 'x = torch.tensor([1., 2., 3.], requires_grad=True)');
    s.cell(`=torch.autograd.grad(${v}.sum(), ${v})`, 'x.sum().backward(): x.grad is all ones');
    s.cell(`=torch.autograd.grad(${v} ** 2, ${v}, torch.ones_like(${v}))`, '(x ** 2).backward(torch.ones_like(x)): x.grad = 2x');
    s.heading('MSE loss', 'loss = mse_loss(prediction, target) and its gradient');
    s.cell('=torch.tensor([0.1, 0.9, 0.2], requires_grad=True)', 'prediction, requires grad', 'prediction');
    s.cell('=torch.tensor([0., 1., 0.])', 'target', 'target');
    s.cell('=F.mse_loss(prediction, target)', 'loss = F.mse_loss(prediction, target)', 'mse');
    s.cell('=mse.backward()', 'loss.backward(): fills prediction.grad');
    s.cell('=prediction.grad', 'prediction.grad = 2(prediction − target)/3');

    const n = b.sheet('Accumulate');
    n.heading('Accumulation', 'Two backward calls add up in x.grad: 2x + 3x² = 5 at x = 1');
    const xa = n.cell('=torch.tensor([1.0], requires_grad=True)', 'x = torch.tensor([1.0], requires_grad=True)');
    n.cell(`=(${xa} ** 2).backward()`, '(x ** 2).backward()');
    n.cell(`=(${xa} ** 3).backward()`, '(x ** 3).backward()');
    n.cell(`=${xa}.grad`, 'x.grad = 2 + 3 = 5, without zero_grad() in between');
    n.heading('Small net', 'Linear(4, 3) → ReLU → Linear(3, 1); loss = |out − target|');
    n.cell(`=torch.tensor(${W1}, requires_grad=True)`, 'fc1.weight (3×4)', 'w_1');
    n.cell(`=torch.tensor(${B1}, requires_grad=True)`, 'fc1.bias', 'b_1');
    n.cell(`=torch.tensor(${W2}, requires_grad=True)`, 'fc2.weight (1×3)', 'w_2');
    n.cell(`=torch.tensor(${B2}, requires_grad=True)`, 'fc2.bias', 'b_2');
    n.cell(`=torch.tensor(${INPUT})`, 'input = torch.randn(4), fixed numbers here', 'input');
    n.cell('=F.linear(F.relu(F.linear(input, w_1, b_1)), w_2, b_2)', 'out = fc2(relu(fc1(input)))', 'net_out');
    n.cell('=torch.abs(net_out - torch.tensor([1.0]))', 'loss = |out − target| with target = 1', 'net_loss');
    n.cell('=net_loss.backward()', 'loss.backward(): fills the four .grad below');
    n.cell('=w_1.grad', 'fc1.weight.grad (the ReLU zeroes row 2)');
    n.cell('=b_1.grad', 'fc1.bias.grad');
    n.cell('=w_2.grad', 'fc2.weight.grad');
    n.cell('=b_2.grad', 'fc2.bias.grad = −1: out is below its target');

    const h = b.sheet('Higher');
    h.heading('Higher order', 'Gradients are differentiable: derivatives of x³ at x = 2');
    const xh = h.cell('=torch.tensor([2.0], requires_grad=True)', 'x = torch.tensor([2.0], requires_grad=True)');
    const cube = h.cell(`=${xh} ** 3`, 'y = x ** 3');
    const d1 = h.cell(`=torch.autograd.grad(${cube}, ${xh}, create_graph=True)`, 'dy/dx = 3x² = 12 (create_graph=True)');
    h.cell(`=torch.autograd.grad(${d1}, ${xh})`, 'd²y/dx² = 6x = 12');
    h.cell(`=grad(grad(grad(${cube}, ${xh}), ${xh}), ${xh})`, 'd³y/dx³ = 6');
    h.gap();
    h.heading('Clipping', 'clip_grad_norm_ and clip_grad_value_ on a gradient');
    const g = h.cell('=torch.tensor([0.9, -2.4, 0.3, 1.2])', 'a gradient g, norm ≈ 2.7');
    h.cell(`=clip_grad_norm(${g}, 1.0)`, 'clip_grad_norm_(g, max_norm=1): scaled to norm 1');
    h.cell(`=clip_grad_value(${g}, 0.5)`, 'clip_grad_value_(g, 0.5): clamped into [−0.5, 0.5]');
    h.gap();
    h.heading('Custom', 'MyReLU: a torch.autograd.Function with its own backward');
    h.cell(
      '=customgrad(x => x.clamp(min=0), (x, g) => torch.where(x < 0, 0., g))',
      'MyReLU: forward clamp(x, min=0); backward g, zero where x < 0',
      'my_relu',
    );
    const xc = h.cell(
      '=torch.tensor([-0.7, 0.2, 1.5, -0.01], requires_grad=True)',
      'x = torch.tensor([-0.7, 0.2, 1.5, -0.01], requires_grad=True)',
    );
    const yc = h.cell(`=my_relu(${xc} * 3)`, 'y = MyReLU.apply(x * 3)');
    h.cell(`=torch.autograd.grad(${yc}.sum(), ${xc})`, 'y.sum().backward(); x.grad: 3 where x > 0, else 0');
  },
);
