// Owns the gallery example "Fit a line": a line pred = xs·w + b fitted to 20 points by the Train panel (its
// chart of ys and pred redraws as w and b move) and by the sheet function `train` in one cell.

import { example } from './build';

export const fitLine = example(
  {
    id: 'fit-line',
    kind: 'gallery',
    title: 'Fit a line (Train panel)',
    summary: 'Select the loss cell and press Train: Adam fits w and b to 20 points, and the chart of the line moves as it learns.',
  },
  (b) => {
    const s = b.sheet('Fit');
    s.heading('Data', '20 points near the line y = 2x + 0.5 (a wobble for noise)');
    const xs = s.cell('=torch.linspace(-1., 1., 20)', 'xs = torch.linspace(-1, 1, 20)', 'xs');
    const ys = s.cell('=2 * xs + 0.5 + 0.2 * torch.sin(9 * xs)', 'ys = 2·xs + 0.5 + 0.2·sin(9·xs)', 'ys');
    s.gap();
    s.heading('Model', 'The parameters: select the loss cell, then Train (toolbar) trains these two');
    s.cell('=torch.randn(1, seed=1, requires_grad=True)', 'w = torch.randn(1, requires_grad=True) after torch.manual_seed(1)', 'w');
    s.cell('=torch.zeros(1, requires_grad=True)', 'b = torch.zeros(1, requires_grad=True)', 'b');
    const pred = s.cell('=xs * w + b', 'pred = xs * w + b', 'pred');
    s.cell('=torch.nn.functional.mse_loss(pred, ys)', 'loss = F.mse_loss(pred, ys): the loss cell to train', 'loss');
    s.gap();
    // The train cell starts from the same draws as w and b without reading them: it does not recompute while they train.
    s.heading('In a formula', 'The same 300 Adam steps (lr = 0.05, the panel’s default) from the same start, as one cell');
    s.cell(
      '=train((w, b) => torch.nn.functional.mse_loss(xs * w + b, ys), (torch.randn(1, seed=1), torch.zeros(1)), steps=300, optimizer="adam", lr=0.05)',
      'T = train(...): tuple((w, b) after, the 300 losses)',
      'T',
    );
    s.cell('=T[1][0]', 'the loss before the first step');
    s.cell('=T[1][299]', 'the loss before the last step: it fell');
    s.cell('=T[0][0]', 'w after 300 steps (about 2)');
    b.chart(s, xs, [ys, pred], 'ys and the line pred = xs·w + b');
  },
);
