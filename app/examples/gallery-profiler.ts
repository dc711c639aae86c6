// Owns the profiler example: the autograd tutorial's profiled loop, z = (z / x) * y a thousand times, and the
// gradient through it; Profile in the toolbar shows PyTorch's key_averages() table of it (SPEC §14).

import { example } from './build';

export const profilerExample = example(
  {
    id: 'autograd-profiler',
    kind: 'gallery',
    title: 'The autograd profiler',
    summary:
      'z = (z / x) * y a thousand times, and its gradient: press Profile for the table of div and mul calls, self and total time, and a heat map.',
  },
  (b) => {
    const s = b.sheet('Profiler');
    s.heading('Profile', 'Press Profile in the toolbar: 1000 div and 1000 mul forward, their backward rules, a heat map');
    s.cell('=torch.randn(2, 3, requires_grad=True, seed=0)', 'torch.manual_seed(0); x = torch.randn(2, 3, requires_grad=True)', 'x');
    s.cell('=torch.rand(2, 3, requires_grad=True, after=x)', 'y = torch.rand(2, 3, requires_grad=True)', 'y');
    const z = s.cell('=torch.ones(2, 3, requires_grad=True)', 'z = torch.ones(2, 3, requires_grad=True)', 'z_start');
    const loop = s.cell(`=repeat(1000, ${z}, z => (z / x) * y)`, 'with profile(): for _ in range(1000): z = (z / x) * y', 'z');
    s.cell(`=${loop}.sum().backward()`, 'z.sum().backward(): each step has its DivBackward0 and MulBackward0');
    s.cell('=x.grad', 'x.grad');
    s.cell('=y.grad', 'y.grad');
  },
);
