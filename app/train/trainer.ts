// Owns one training run of the Train panel, in the engine worker: each step holds the parameter cells at
// fresh leaves (Workbook.hold), reads the loss cell the workbook recalculated, takes the gradient of each
// parameter in one backward pass (engine/autograd.ts `vjp`) and applies the optimizer's step
// (engine/optim.ts, the same math as the sheet function `train`). Nothing of a step outlives it but the
// optimizer's buffers and the parameters' numbers. Steps run in slices of a few tens of ms.

import { NOT_CONNECTED_NOTE, vjp } from '../../engine/autograd';
import { isError } from '../../engine/errors';
import { withGradMode } from '../../engine/grad-mode';
import { attempt } from '../../engine/op';
import { Optimizer, resolveHyper } from '../../engine/optim';
import { Tensor, isTensor } from '../../engine/tensor';
import type { Workbook } from '../../formula/book';
import { lossProblem } from './candidates';
import type { TrainConfig, TrainedParam } from './train-protocol';

/** The most steps one run takes (the sheet function's loop limit is far higher; a panel run is watched). */
export const MAX_STEPS = 1_000_000;

export class TrainRun {
  /** Losses of the steps taken, each before its step. */
  readonly losses: number[] = [];
  private readonly data: Float64Array[];

  private constructor(
    private readonly book: Workbook,
    readonly config: TrainConfig,
    private readonly shapes: number[][],
    private readonly optimizer: Optimizer,
  ) {
    this.data = config.params.map((label) => {
      const v = book.value(label);
      return isTensor(v) ? v.data.slice() : new Float64Array(0);
    });
  }

  /** A run over the workbook's present values, or why it cannot start, in words. */
  static start(book: Workbook, config: TrainConfig): TrainRun | string {
    if (config.params.length === 0) return 'Choose at least one parameter cell to train.';
    if (!Number.isInteger(config.steps) || config.steps < 1 || config.steps > MAX_STEPS)
      return `Steps must be a whole number from 1 to ${MAX_STEPS.toLocaleString('en-US')}.`;
    if (config.params.includes(config.loss)) return 'The loss cell cannot be one of its own parameters.';
    const shapes: number[][] = [];
    for (const label of config.params) {
      const v = book.value(label);
      if (!isTensor(v) || v.dtype !== 'float64') return `The parameter cell ${label} does not hold a float tensor.`;
      shapes.push([...v.shape]);
    }
    const hyper = resolveHyper(config.optimizer, config.hyper, 'Train');
    if (isError(hyper)) return hyper.message;
    const opt = new Optimizer(
      config.optimizer,
      hyper,
      shapes.map((s) => s.reduce((a, b) => a * b, 1)),
    );
    return new TrainRun(book, config, shapes, opt);
  }

  get step(): number {
    return this.losses.length;
  }

  get finished(): boolean {
    return this.step >= this.config.steps;
  }

  /**
   * Holds the parameter cells at their present values, as leaves that require grad; returns what the cells
   * hold then (a cell whose value came out unchanged keeps the tensor it had, and the loss reads that one).
   */
  show(): Tensor[] | string {
    const leaves = this.data.map((d, i) => new Tensor(d.slice(), this.shapes[i], 'float64', true));
    const gone = this.book.hold(this.config.params.map((label, i) => [label, leaves[i]]));
    if (gone !== null) return `A parameter cell is gone: ${gone.message}`;
    return this.config.params.map((label, i) => {
      const v = this.book.value(label);
      return isTensor(v) ? v : leaves[i];
    });
  }

  /** One optimizer step; why the run cannot go on, in words, or null. */
  takeStep(): string | null {
    const leaves = this.show();
    if (typeof leaves === 'string') return leaves;
    const label = this.config.loss;
    const y = this.book.value(label);
    const problem = lossProblem(label, y);
    if (problem !== null || !isTensor(y)) return problem;
    const loss = y.data[0];
    if (!Number.isFinite(loss)) return `The loss became ${loss} at step ${this.step + 1}; try a smaller learning rate.`;
    // The gradients need no history of their own (backward() without create_graph).
    const gs = withGradMode(false, () => attempt(() => vjp(y, leaves, new Tensor(Float64Array.of(1), y.shape))));
    if (isError(gs)) return `The gradient could not be taken: ${gs.code} ${gs.message}`;
    const grads = gs.map((g) => (g.note === NOT_CONNECTED_NOTE ? null : g.data));
    if (grads.every((g) => g === null)) return `The loss ${label} does not depend on any of the parameters chosen.`;
    this.losses.push(loss);
    this.optimizer.step(this.data, grads);
    return null;
  }

  /** Steps until `ms` have passed (at least one) or the run is finished; then the cells show the latest values. */
  slice(ms: number, now: () => number = () => performance.now()): string | null {
    const end = now() + ms;
    let problem: string | null = null;
    do problem = this.takeStep();
    while (problem === null && !this.finished && now() < end);
    const shown = this.show();
    return problem ?? (typeof shown === 'string' ? shown : null);
  }

  /** The parameters' values now. */
  trained(): TrainedParam[] {
    return this.config.params.map((label, i) => ({ label, shape: this.shapes[i], data: Array.from(this.data[i]) }));
  }
}
