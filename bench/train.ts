// Owns the training workload: 1,000 Adam steps of a 784-256-10 perceptron on a batch of 64 through a
// sheet's `=train(...)` cell, against the same steps written directly on the engine (ops, vjp and
// engine/optim.ts's Adam), so the row shows what the sheet adds to the arithmetic.

import { vjp } from '../engine/autograd';
import { isError } from '../engine/errors';
import { withGradMode } from '../engine/grad-mode';
import { setLimits } from '../engine/limits';
import { run } from '../engine/op';
import { add } from '../engine/ops/add';
import { matmul } from '../engine/ops/matmul';
import { mul } from '../engine/ops/mul';
import { ALL } from '../engine/ops/reduce-dims';
import { relu } from '../engine/ops/relu';
import { sub } from '../engine/ops/sub';
import { sum } from '../engine/ops/sum';
import { Optimizer, resolveHyper } from '../engine/optim';
import { Tensor, isTensor, scalar } from '../engine/tensor';
import { Workbook } from '../formula/book';
import type { Prepared, Workload } from './harness';

export const STEPS = 1_000;
export const [B, I, H, O] = [64, 784, 256, 10];

/** The batch (A1), its targets (A2) and the starting parameters (A3:A6), as the sheet holds them. */
export const CELLS: [string, string][] = [
  ['A1', `=randn(${B}, ${I}, seed=1)`],
  ['A2', `=randn(${B}, ${O}, seed=2)`],
  ['A3', `=randn(${I}, ${H}, seed=3) * 0.05`],
  ['A4', `=zeros(${H})`],
  ['A5', `=randn(${H}, ${O}, seed=4) * 0.1`],
  ['A6', `=zeros(${O})`],
];

/** The training cell: `steps` Adam steps from A3:A6 (the learning rate is spelled two ways so an edit recomputes). */
export const trainFormula = (lr: string, steps = STEPS) =>
  `=train((w_h, b_h, w_o, b_o) => mse_loss(relu(A1 @ w_h + b_h) @ w_o + b_o, A2), (A3, A4, A5, A6), steps=${steps}, optimizer="adam", lr=${lr})`;

export const tensorAt = (book: Workbook, ref: string): Tensor => {
  const v = book.value(ref);
  if (!isTensor(v)) throw new Error(`${ref} is not a tensor: ${JSON.stringify(book.get(ref))}`);
  return v;
};

/** The same training on the engine directly: the parameters after, flattened. */
function engineTraining(x: Tensor, t: Tensor, start: readonly Tensor[]): number[] {
  const hyper = resolveHyper('adam', { lr: 1e-3 });
  if (isError(hyper)) throw new Error(hyper.message);
  const params = start.map((p) => p.data.slice());
  const opt = new Optimizer(
    'adam',
    hyper,
    params.map((p) => p.length),
  );
  const scale = scalar(1 / (B * O));
  const one = scalar(1);
  for (let k = 0; k < STEPS; k++) {
    const [w1, b1, w2, b2] = params.map((p, i) => new Tensor(p.slice(), start[i].shape, 'float64', true));
    const h = run(relu, [run(add, [run(matmul, [x, w1]), b1])]);
    const d = run(sub, [run(add, [run(matmul, [h, w2]), b2]), t]);
    const loss = run(mul, [run(sum, [run(mul, [d, d])], ALL), scale]);
    const g = withGradMode(false, () => vjp(loss, [w1, b1, w2, b2], one));
    if (isError(g)) throw new Error(g.message);
    opt.step(
      params,
      g.map((gi) => gi.data),
    );
  }
  return params.flatMap((p) => [...p]);
}

export const trainWorkload: Workload = {
  name: `train: ${STEPS.toLocaleString('en-US')} Adam steps, MLP ${I}-${H}-${O}, batch ${B}`,
  peer: 'the same steps on the engine API',
  runs: 3,
  warmup: 0,
  async prepare(): Promise<Prepared> {
    // One cell computes for many seconds here: the app's per-cell budgets would stop it.
    setLimits({ maxMillis: 1e9, maxSteps: 1e9 });
    const book = new Workbook();
    book.setMany([...CELLS, ['B1', trainFormula('1e-3')]]);
    const start = ['A3', 'A4', 'A5', 'A6'].map((r) => tensorAt(book, r));
    const x = tensorAt(book, 'A1');
    const t = tensorAt(book, 'A2');
    let k = 0;
    return {
      unit: `${STEPS.toLocaleString('en-US')} steps`,
      check: () => {
        const got = book.value('B1');
        const after = got.kind === 'tuple' ? got.items[0] : got;
        if (after.kind !== 'tuple') throw new Error(`B1 is ${JSON.stringify(book.get('B1')).slice(0, 300)}`);
        const ours = after.items.flatMap((p) => (isTensor(p) ? [...p.data] : [NaN]));
        const direct = engineTraining(x, t, start);
        if (ours.length !== direct.length) throw new Error(`${ours.length} parameters against ${direct.length}`);
        ours.forEach((v, i) => {
          if (!(Math.abs(v - direct[i]) <= 1e-9 + 1e-6 * Math.abs(direct[i]))) throw new Error(`parameter ${i}: ${v} against ${direct[i]}`);
        });
      },
      gradsheet: { run: () => book.set('B1', trainFormula(k++ % 2 === 0 ? '0.001' : '1e-3')) },
      peer: { run: () => void engineTraining(x, t, start) },
      extra: (g, p) => ({ gradsheet_ms_per_step: g / STEPS, peer_ms_per_step: p / STEPS }),
    };
  },
};
