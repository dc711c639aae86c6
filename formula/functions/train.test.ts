// `train` in a sheet: its results' structure, its errors, and the budget. Its numbers are checked
// against PyTorch in train-golden.test.ts.

import { afterEach, describe, expect, it } from 'vitest';
import { type Limits, setLimits } from '../../engine/limits';
import { Workbook } from '../book';

let saved: Limits | null = null;
const withLimits = (changes: Partial<Limits>): void => {
  saved ??= setLimits(changes);
  setLimits(changes);
};
afterEach(() => {
  if (saved) setLimits(saved);
  saved = null;
});

const book = (cells: Record<string, string>): Workbook => {
  const b = new Workbook();
  b.setMany(Object.entries(cells));
  return b;
};

/** The value of `=formula` in a sheet where A1 = [1, 2] and A2 = 0.5. */
const cell = (formula: string) => book({ A1: '=[1, 2]', A2: '0.5', B1: formula }).get('B1');

const error = (formula: string): string => {
  const v = cell(formula);
  return v.kind === 'error' ? `${v.code} ${v.message}` : `no error: ${JSON.stringify(v)}`;
};

describe('train', () => {
  it('returns tuple(params_after, losses) shaped as params, without requires_grad', () => {
    expect(cell('=train(x => sum(x ** 2), A1, steps=2, lr=0.25)')).toMatchObject({
      kind: 'tuple',
      items: [
        { kind: 'tensor', shape: [2], value: [0.25, 0.5], requires_grad: false, grad_fn: null },
        { kind: 'tensor', shape: [2], value: [5, 1.25], requires_grad: false, grad_fn: null },
      ],
    });
    const pair = cell('=train((w, b) => sum((w * b - 1) ** 2), (A1, A2), steps=3, optimizer="adam", lr=0.1)');
    expect(pair).toMatchObject({ kind: 'tuple', items: [{ kind: 'tuple', items: [{ shape: [2] }, { shape: [] }] }, { shape: [3] }] });
    const one = cell('=train(w => sum(w ** 2), (A1,), steps=1, lr=0.5)');
    expect(one).toMatchObject({ items: [{ kind: 'tuple', items: [{ value: [0, 0] }] }, { value: [5] }] });
  });

  it('takes its arguments by position too, and optimizer names in any case', () => {
    expect(cell('=train(x => x ** 2, 1, 2, "SGD", 0.25)[0]')).toMatchObject({ value: 0.25 });
    expect(cell('=train(x => x ** 2, 1, steps=1, optimizer="RMSProp")[1]')).toMatchObject({ value: [1] });
  });

  it('with no steps, returns the parameters unchanged and no losses', () => {
    expect(cell('=train(x => x ** 2, A1, steps=0, lr=1)')).toMatchObject({ items: [{ value: [1, 2] }, { shape: [0], value: [] }] });
  });

  it('leaves a parameter the loss does not read unchanged, weight decay included', () => {
    const v = cell('=train((w, b) => sum(w ** 2), (A1, A2), steps=5, lr=0.1, weight_decay=0.5, momentum=0.9)[0][1]');
    expect(v).toMatchObject({ value: 0.5 });
  });

  it('trains inside no_grad, and recalculates when its inputs change', () => {
    expect(cell('=no_grad(train(x => x ** 2, 1, steps=1, lr=0.25))[0]')).toMatchObject({ value: 0.5 });
    const b = book({ A1: '1', B1: '=train(x => x ** 2, A1, steps=1, lr=0.25)[0]' });
    expect(b.get('B1')).toMatchObject({ value: 0.5 });
    b.set('A1', '4');
    expect(b.get('B1')).toMatchObject({ value: 2 });
  });

  it('runs many steps in memory that does not grow with them (each step drops its history)', () => {
    withLimits({ maxMemory: 100_000 });
    // 20,000 steps of a 100-element parameter would hold 2,000,000 elements if the steps' graphs were kept.
    const v = cell('=train(x => sum((x - 1) ** 2), zeros(100), steps=20000, optimizer="adam", lr=0.01)[0][0]');
    expect(v).toMatchObject({ kind: 'tensor' });
    expect(v.kind === 'tensor' && (v.value as number)).toBeCloseTo(1, 6);
  });

  it('stops at the step budget, naming the training step', () => {
    withLimits({ maxSteps: 2_000 });
    expect(error('=train(x => sum(x ** 2), A1, steps=100000, lr=0.1)')).toMatch(
      /^#LOOP! train, iteration [\d,]+: .*stopped after 2,000 operations and function calls/,
    );
    withLimits({ maxSteps: 5_000_000, maxIterations: 10 });
    expect(error('=train(x => x ** 2, 1, steps=11, lr=0.1)')).toBe('#LOOP! train: stopped after 10 iterations (the iteration limit)');
  });

  it('refuses a memory budget its optimizer state cannot fit in', () => {
    withLimits({ maxMemory: 1_000 });
    expect(error('=train(x => sum(x), zeros(2000), steps=1, optimizer="adam")')).toMatch(/^#LIMIT! /);
  });

  it('refuses bad arguments with #VALUE!, in PyTorch words where it has them', () => {
    expect(error('=train(x => x ** 2, 1, steps=3, optimizer="lbfgs", lr=0.1)')).toBe(
      '#VALUE! train: unknown optimizer "lbfgs"; the optimizers are "sgd", "adam", "adamw", "rmsprop", "adagrad"',
    );
    expect(error('=train(x => x ** 2, 1, steps=-1, lr=0.1)')).toBe('#VALUE! train: steps must be a non-negative integer, got -1');
    expect(error('=train(x => x ** 2, 1, steps=2.5, lr=0.1)')).toBe('#VALUE! train: steps must be a whole number, got 2.5');
    expect(error('=train(x => x ** 2, 1, steps=3)')).toMatch(/^#VALUE! train: parameter group didn't specify a value of required .* lr=/);
    expect(error('=train(x => x ** 2, 1, steps=3, lr=-1)')).toBe('#VALUE! train: Invalid learning rate: -1.0');
    expect(error('=train(x => x ** 2, 1, steps=3, lr=0.1, nesterov=true)')).toBe(
      '#VALUE! train: Nesterov momentum requires a momentum and zero dampening',
    );
    expect(error('=train(x => x ** 2, 1, steps=3, optimizer="adam", betas=(0.9, 1))')).toBe(
      '#VALUE! train: Invalid beta parameter at index 1: 1.0',
    );
    expect(error('=train(x => x ** 2, 1, steps=3, optimizer="adam", betas=[0.9])')).toMatch(/^#VALUE! train: betas must be two numbers/);
    expect(error('=train(x => x ** 2, 1, steps=3, optimizer="adam", betas="x")')).toMatch(/^#VALUE! train: betas must be two numbers/);
    expect(error('=train(x => x ** 2, 1, steps=3, lr=0.1, betas=(0.9, 0.99))')).toBe(
      "#VALUE! train: SGD.__init__() got an unexpected keyword argument 'betas'",
    );
    expect(error('=train(x => x ** 2, 1, steps=3, lr=0.1, foo=1)')).toBe('#VALUE! train: unexpected keyword argument "foo"');
  });

  it('refuses a loss that is not one number, and parameters that are not float tensors', () => {
    expect(error('=train(x => x ** 2, A1, steps=1, lr=0.1)')).toBe(
      '#VALUE! train: grad can be implicitly created only for scalar outputs: f returned a tensor of shape [2]',
    );
    expect(error('=train(x => "loss", A1, steps=1, lr=0.1)')).toBe('#VALUE! train: f must return the loss, a one-element float tensor');
    expect(error('=train(x => x, "w", steps=1, lr=0.1)')).toBe('#VALUE! train: params must be a float tensor or a tuple of float tensors');
    expect(error('=train(x => x, A1 > 1, steps=1, lr=0.1)')).toBe(
      '#VALUE! train: params must be a float tensor or a tuple of float tensors',
    );
    expect(error('=train(x => x, tuple(), steps=1, lr=0.1)')).toBe('#VALUE! train: optimizer got an empty parameter list');
    expect(error('=train((a, b) => a, A1, steps=1, lr=0.1)')).toMatch(/^#VALUE! /);
  });

  it("refuses a loss no parameter reaches, as PyTorch's backward() does", () => {
    expect(error('=train(x => 5, 1, steps=1, lr=0.1)')).toMatch(/^#GRAD! train: element 0 of tensors does not require grad/);
    expect(error('=train(x => sum(detach(x) ** 2), A1, steps=1, lr=0.1)')).toMatch(/^#GRAD! /);
  });

  it('flags a NaN or infinity the training made', () => {
    const b = book({ B1: '=train(x => x ** 2, 1, steps=3, lr=1e308)[0]' });
    expect(b.get('B1')).toMatchObject({ kind: 'tensor' });
    expect(b.value('B1')).toMatchObject({ nonfinite: { op: 'train' } });
  });

  it("passes on f's error and an error among the parameters", () => {
    expect(error('=train(x => x @ [[1, 2]], A1, steps=1, lr=0.1)')).toMatch(/^#SHAPE! /);
    expect(error('=train(x => x, (A1, 1 / "a"), steps=1, lr=0.1)')).toMatch(/^#VALUE! /);
  });
});
