// Owns the gallery example: f = exp(a·x²·sin x) on 200 points with its derivative, shaped by a slider.

import { example } from './build';

export const expSin = example(
  {
    id: 'exp-sin-slider',
    kind: 'gallery',
    title: 'exp(2x²·sin x) and its derivative',
    summary: 'Drag the slider a: f = exp(a·x²·sin x) and df/dx are recomputed and redrawn on 200 points (a = 2 is the classic curve).',
  },
  (b) => {
    const s = b.sheet('Curve');
    s.heading('Slider', 'Drag a between 0 and 3; everything below follows (a = 2 is exp(2x²·sin x))');
    s.cell('2', 'a: the factor in the exponent', 'a', { min: 0, max: 3, step: 0.05 });
    const x = s.cell('=torch.linspace(-2., 2., 200, requires_grad=True)', 'x = torch.linspace(-2, 2, 200, requires_grad=True)', 'x');
    const f = s.cell('=torch.exp(a * x ** 2 * torch.sin(x))', 'f = exp(a·x²·sin x)', 'f');
    const df = s.cell('=torch.autograd.grad(f, x, torch.ones_like(f))', 'df/dx = f.backward(torch.ones_like(f)); x.grad', 'df');
    const byHand = s.cell('=f * (2 * a * x * torch.sin(x) + a * x ** 2 * torch.cos(x))', 'By hand: f·(2a·x·sin x + a·x²·cos x), the same');
    s.cell(`=(df - ${byHand}).abs().max()`, 'largest difference between the two: rounding only');
    b.chart(s, x, [f, df], 'f = exp(a·x²·sin x) and df/dx');
  },
);
