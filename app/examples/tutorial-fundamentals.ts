// Owns the example that rebuilds the tutorial "The fundamentals of autograd" (Introduction to
// PyTorch): golden cases seed002-* in cli/golden/pytorch-cases.json.

import { example } from './build';

// Tensors PyTorch drew at random for the golden cases, kept so the numbers match.
const PX = '[[0.5341081956505205, 0.786740226721307, 1.2729149443285843], [0.6749270292812947, 1.255369871645899, 1.108250626920705]]';
const PY = '[[0.5337863710541787, 0.7866354573609982, 1.2726726881066968], [0.675303030489009, 1.2545827131899026, 1.1084599537412152]]';

export const fundamentals = example(
  {
    id: 'autograd-fundamentals',
    kind: 'tutorial',
    title: 'The fundamentals of autograd',
    summary:
      'f = exp(2x²·sin x) and its derivative charted; turning autograd off and on; a 1,000-step loop differentiated through; jacobian, hessian and vjp.',
  },
  // size: one tutorial, cell by cell, as the tutorial reads.
  (b) => {
    const s = b.sheet('Basics');
    s.heading('Sum', 'y = x + 2, z = 3y², t = z.sum(): t.backward() gives 6(x + 2)');
    const x0 = s.cell(
      '=torch.tensor([0.8, -0.4, 1.7, 0.05], requires_grad=True)',
      'x = torch.tensor([0.8, -0.4, 1.7, 0.05], requires_grad=True)',
    );
    const y0 = s.cell(`=${x0} + 2`, 'y = x + 2');
    const z0 = s.cell(`=${y0} * ${y0} * 3`, 'z = y * y * 3');
    s.cell(`=${z0}.sum()`, 't = z.sum()', 't');
    s.cell(`=torch.autograd.grad(t, ${x0})`, 't.backward(); x.grad = 6(x + 2)');
    s.cell('=t.grad_fn', 't.grad_fn');
    s.gap();
    s.heading('A function', 'f = exp(2x²·sin x) on 25 points, built one operation per cell, and df/dx');
    const x = s.cell('=torch.linspace(-2., 2., 25, requires_grad=True)', 'x = torch.linspace(-2, 2, 25, requires_grad=True)', 'x');
    const x2 = s.cell('=x ** 2', 'x ** 2 (PowBackward0)');
    const x22 = s.cell(`=2 * ${x2}`, '2 * x ** 2');
    const sinx = s.cell('=torch.sin(x)', 'torch.sin(x)');
    const prod = s.cell(`=${x22} * ${sinx}`, '2x²·sin x');
    const f = s.cell(`=torch.exp(${prod})`, 'f = torch.exp(2x²·sin x)', 'f');
    s.cell('=f.sum()', 'out = f.sum()', 'out');
    s.cell('=torch.autograd.grad(out, x)', 'out.backward(); x.grad = df/dx');
    const df = s.cell('=torch.autograd.grad(f, x, torch.ones_like(f))', 'f.backward(torch.ones_like(f)): the same df/dx', 'df');
    b.chart(s, x, [f, df], 'f = exp(2x²·sin x) and df/dx');
    s.gap();
    s.heading('x² + √x', 'f = x² + √x on arange(1, 1.8, 0.1); by hand df/dx = 2x + 0.5/√x');
    const u = s.cell('=torch.arange(1., 1.8, 0.1, requires_grad=True)', 'x = torch.arange(1, 1.8, 0.1, requires_grad=True)');
    const g = s.cell(`=${u} ** 2 + torch.sqrt(${u})`, 'f = x ** 2 + torch.sqrt(x)');
    const dg = s.cell(`=torch.autograd.grad(${g}, ${u}, torch.ones(${g}.shape))`, 'f.backward(torch.ones(f.shape)); x.grad');
    s.cell(`=2 * ${u} + 0.5 / torch.sqrt(${u})`, 'By hand: 2x + 0.5/√x, the same numbers');
    b.chart(s, u, [g, dg], 'f = x² + √x and df/dx');

    const o = b.sheet('Switches');
    o.heading('no_grad', 'Turning autograd off: as a block, as a decorated function, and back on');
    const a = o.cell('=torch.ones(2, 3, requires_grad=True) * 2', 'a = torch.ones(2, 3, requires_grad=True) * 2');
    const bb = o.cell('=torch.ones(2, 3, requires_grad=True) * 3', 'b = torch.ones(2, 3, requires_grad=True) * 3');
    o.cell(`=${a} + ${bb}`, 'c1 = a + b: requires grad');
    o.cell(`=torch.no_grad(${a} + ${bb})`, 'with torch.no_grad(): c2 = a + b does not');
    o.cell(`=${a} * ${bb}`, 'c3 = a * b after the block: tracked again');
    o.cell('=torch.no_grad((x, y) => x + y)', '@torch.no_grad() def add_tensors(x, y): return x + y', 'add_tensors');
    o.cell(`=add_tensors(${a}, ${bb})`, 'c4 = add_tensors(a, b): no history');
    o.cell(`=torch.enable_grad(${a} + ${bb})`, 'with torch.enable_grad(): history again');
    o.gap();
    o.heading('detach', 'x.detach() shares the values and drops the history');
    const xd = o.cell(
      '=torch.tensor([0.0737, 0.8558, 0.6912, 0.8008, 0.499], requires_grad=True)',
      'x = torch.rand(5, requires_grad=True), fixed numbers here',
    );
    const yd = o.cell(`=${xd}.detach()`, 'y = x.detach(): requires_grad is False');
    o.cell(`=torch.autograd.grad((${yd} * ${xd}).sum(), ${xd})`, 'd sum(y·x)/dx is y: nothing flows back through y');

    const p = b.sheet('Profiler');
    p.heading('Loop', 'z = (z / x) * y, 1000 times; the gradient runs back through every step');
    const px = p.cell(`=torch.tensor(${PX}, requires_grad=True)`, 'x = torch.randn(2, 3, requires_grad=True), fixed numbers here');
    const py = p.cell(`=torch.tensor(${PY}, requires_grad=True)`, 'y = torch.randn(2, 3, requires_grad=True), fixed numbers here');
    const pz = p.cell('=torch.ones(2, 3, requires_grad=True)', 'z = torch.ones(2, 3, requires_grad=True)');
    const loop = p.cell(`=repeat(1000, ${pz}, z => (z / ${px}) * ${py})`, 'for _ in range(1000): z = (z / x) * y');
    p.cell(`=torch.autograd.grad(${loop}.sum(), ${px})`, 'x.grad after z.sum().backward()');
    p.cell(`=torch.autograd.grad(${loop}.sum(), ${py})`, 'y.grad after z.sum().backward()');

    const h = b.sheet('Functional');
    h.heading('Loop VJP', 'A data-dependent loop: y doubles until its norm passes 1000');
    const xv = h.cell(
      '=torch.tensor([-1.1892156, 0.9895829, 0.1002688], requires_grad=True)',
      'x = torch.randn(3, requires_grad=True), fixed numbers here',
    );
    const yv = h.cell(`=while(${xv} * 2, y => y.norm() < 1000, y => y * 2)`, 'y = x * 2; while y.norm() < 1000: y = y * 2');
    h.cell(`=torch.autograd.grad(${yv}, ${xv}, torch.tensor([1.0, 1.0, 0.0001]))`, 'y.backward(v), v = [1, 1, 0.0001]; x.grad');
    h.gap();
    h.heading('jacobian', 'torch.autograd.functional on exp_adder(x, y) = 2·exp(x) + 3·y');
    h.cell('=(x, y) => 2 * x.exp() + 3 * y', 'def exp_adder(x, y): return 2 * x.exp() + 3 * y', 'exp_adder');
    h.cell(
      '=torch.autograd.functional.jacobian(exp_adder, (torch.tensor([0.4438]), torch.tensor([0.8725])))',
      'jacobian(exp_adder, (x, y)) at one-element x and y',
    );
    const jac = h.cell(
      '=torch.autograd.functional.jacobian(exp_adder, (torch.tensor([0.1464, 0.2125, 0.7914]), torch.tensor([0.9378, 0.466, 0.1729])))',
      'jacobian at three-element x and y: a tuple of two 3×3 blocks',
    );
    h.cell(`=${jac}[0]`, 'its first block, ∂/∂x: diag(2·exp(x))');
    h.cell(
      '=torch.autograd.functional.hessian(exp_adder, (torch.tensor([0.8534]), torch.tensor([0.0284])))',
      'hessian(exp_adder, (x, y)): a tuple of tuples',
    );
    h.gap();
    h.heading('vjp', 'vjp(f, x, v) returns the tuple (f(x), vᵀ·J)');
    h.cell(
      '=x => while(x * 2, y => y.norm() < 1000, y => y * 2)',
      'def do_some_doubling(x): y = x * 2, doubled while its norm < 1000',
      'do_some_doubling',
    );
    h.cell(
      '=torch.autograd.functional.vjp(do_some_doubling, torch.tensor([0.8169, -0.058, 0.1114]), torch.tensor([0.1, 1.0, 0.0001]))',
      'torch.autograd.functional.vjp(do_some_doubling, x, v)',
    );
  },
);
