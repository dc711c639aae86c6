// Owns the gallery example "Two-layer net": a 2-8-1 tanh network on 16 points of the plane, its four
// parameter cells trained by the Train panel or by the sheet function `train` in one cell.

import { example } from './build';

const GRID = [-1, -0.5, 0.5, 1];
/** The 16 points of a 4 × 4 grid, and x·y at each (a saddle: the sign of an XOR). */
const POINTS = GRID.flatMap((x) => GRID.map((y) => [x, y]));
const list = (rows: number[][]) => `[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`;

export const twoLayer = example(
  {
    id: 'two-layer-net',
    kind: 'gallery',
    title: 'Two-layer net (Train panel)',
    summary: 'A 2-8-1 tanh network learns x·y on 16 points: select the loss cell and Train its W_1, b_1, W_2, b_2 with Adam.',
  },
  (b) => {
    const s = b.sheet('Net');
    s.heading('Data', '16 points of the plane and the target x·y at each');
    s.cell(`=torch.tensor(${list(POINTS)})`, 'X: 16 points, shape [16, 2]', 'X');
    s.cell('=(X[:, 0] * X[:, 1]).reshape(16, 1)', 'y = x·y at each point, shape [16, 1]', 'y');
    s.gap();
    s.heading('Parameters', 'Select the loss cell, then Train (toolbar) trains these four');
    s.cell(
      '=torch.randn(2, 8, seed=1, requires_grad=True)',
      'W_1 = torch.randn(2, 8, requires_grad=True) after torch.manual_seed(1)',
      'W_1',
    );
    s.cell('=torch.zeros(8, requires_grad=True)', 'b_1 = torch.zeros(8, requires_grad=True)', 'b_1');
    s.cell(
      '=torch.randn(8, 1, seed=2, requires_grad=True)',
      'W_2 = torch.randn(8, 1, requires_grad=True) after torch.manual_seed(2)',
      'W_2',
    );
    s.cell('=torch.zeros(1, requires_grad=True)', 'b_2 = torch.zeros(1, requires_grad=True)', 'b_2');
    s.gap();
    s.heading('Forward', 'h = tanh(X @ W_1 + b_1); out = h @ W_2 + b_2');
    s.cell('=torch.tanh(X @ W_1 + b_1)', 'h: the hidden layer, shape [16, 8]', 'h');
    s.cell('=h @ W_2 + b_2', 'out: the prediction, shape [16, 1]', 'out');
    s.cell('=torch.nn.functional.mse_loss(out, y)', 'loss = F.mse_loss(out, y): the loss cell to train', 'loss');
    s.gap();
    // From the same draws as the parameter cells, not reading them: the cell does not recompute while they train.
    s.heading('In a formula', 'The same 300 Adam steps (lr = 0.05) from the same start, as one cell');
    s.cell(
      '=train((W_1, b_1, W_2, b_2) => torch.nn.functional.mse_loss(torch.tanh(X @ W_1 + b_1) @ W_2 + b_2, y), ' +
        '(torch.randn(2, 8, seed=1), torch.zeros(8), torch.randn(8, 1, seed=2), torch.zeros(1)), steps=300, optimizer="adam", lr=0.05)',
      'T = train(...): tuple(the four parameters after, the 300 losses)',
      'T',
    );
    s.cell('=T[1][0]', 'the loss before the first step');
    s.cell('=T[1][299]', 'the loss before the last step: it fell');
  },
);
