import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { TrainRun } from './trainer';
import type { TrainConfig } from './train-protocol';

function quadratic(): Workbook {
  const b = new Workbook();
  b.setMany([
    ['A1', '=tensor([0., 0.], requires_grad=True)'],
    ['A2', '=sum((A1 - [3, -1]) ** 2)'],
    ['A3', '=A1 * 10'],
  ]);
  return b;
}

const config = (over: Partial<TrainConfig> = {}): TrainConfig => ({
  loss: 'Sheet1!A2',
  params: ['Sheet1!A1'],
  optimizer: 'sgd',
  hyper: { lr: 0.25 },
  steps: 3,
  ...over,
});

function started(b: Workbook, c: TrainConfig): TrainRun {
  const run = TrainRun.start(b, c);
  if (typeof run === 'string') throw new Error(run);
  return run;
}

describe('TrainRun', () => {
  it('takes the steps torch.optim.SGD would, and the cells show the values being trained', () => {
    const b = quadratic();
    const run = started(b, config());
    // x ← x − 0.25 · 2(x − t) halves the distance to t each step.
    expect(run.slice(1000)).toBeNull();
    expect(run.finished).toBe(true);
    expect(run.losses).toEqual([10, 2.5, 0.625]);
    expect(run.trained()).toEqual([{ label: 'Sheet1!A1', shape: [2], data: [2.625, -0.875] }]);
    expect(b.get('A3')).toMatchObject({ value: [26.25, -8.75] });
    expect(b.input('A1')).toBe('=tensor([0., 0.], requires_grad=True)');
    b.release();
    expect(b.get('A3')).toMatchObject({ value: [0, 0] });
  });

  it('works in slices: a slice that runs out of time stops after its current step', () => {
    const b = quadratic();
    const run = started(b, config({ steps: 10 }));
    let t = 0;
    // Each reading of the clock moves it 10 ms: a slice of 25 ms from t = 10 reads 20 and 30, then 40 ends it.
    expect(run.slice(25, () => (t += 10))).toBeNull();
    expect(run.step).toBe(3);
    expect(b.get('A1')).toMatchObject({ value: [2.625, -0.875] });
    run.slice(1e9);
    expect(run.step).toBe(10);
  });

  it('picks up an edit of the data between slices', () => {
    const b = quadratic();
    const run = started(b, config({ steps: 1 }));
    b.set('A2', '=sum((A1 - [1, 1]) ** 2)');
    run.slice(1000);
    expect(run.losses).toEqual([2]);
  });

  it('refuses what cannot be trained, in words', () => {
    const b = quadratic();
    expect(TrainRun.start(b, config({ params: [] }))).toBe('Choose at least one parameter cell to train.');
    expect(TrainRun.start(b, config({ steps: 0 }))).toMatch(/^Steps must be a whole number/);
    expect(TrainRun.start(b, config({ hyper: {} }))).toMatch(/optimizer "sgd" has no default learning rate/);
    expect(TrainRun.start(b, config({ hyper: { lr: -1 } }))).toBe('Train: Invalid learning rate: -1.0');
    b.set('B1', 'words');
    expect(TrainRun.start(b, config({ params: ['Sheet1!B1'] }))).toBe('The parameter cell Sheet1!B1 does not hold a float tensor.');
  });

  it('stops with a message when the loss becomes NaN or does not depend on the parameters', () => {
    const b = quadratic();
    const run = started(b, config({ hyper: { lr: 1e308 }, steps: 5 }));
    expect(run.slice(1000)).toMatch(/^The loss became (Infinity|NaN) at step \d; try a smaller learning rate\.$/);
    const c = quadratic();
    c.set('B1', '=zeros(1, requires_grad=True)');
    const other = started(c, config({ params: ['Sheet1!B1'] }));
    expect(other.slice(1000)).toBe('The loss Sheet1!A2 does not depend on any of the parameters chosen.');
    expect(other.step).toBe(0);
  });

  it('stops with a message when the loss stops being one number', () => {
    const b = quadratic();
    const run = started(b, config());
    b.set('A2', '=A1 - 1');
    expect(run.slice(1000)).toMatch(/holds a tensor of shape \[2\]/);
  });

  it('stops with a message when a parameter cell is gone', () => {
    const b = quadratic();
    b.addSheet('Other');
    b.set('Other!A1', '=tensor([1.])');
    b.set('A2', '=sum((A1 - [3, -1]) ** 2) + sum(Other!A1)');
    const run = started(b, config({ params: ['Sheet1!A1', 'Other!A1'] }));
    b.removeSheet('Other');
    expect(run.slice(1000)).toBe('A parameter cell is gone: no sheet named "Other"');
  });
});
