import { describe, expect, it } from 'vitest';
import { type Hyper, type OptimizerName, Optimizer, buffersOf, keywordsOf, optimizerNamed, pyFloat, resolveHyper } from './optim';
import { isError } from './errors';

function hyper(name: OptimizerName, given: Partial<Hyper>): Hyper {
  const h = resolveHyper(name, given);
  if (isError(h)) throw new Error(h.message);
  return h;
}

/** The parameter [1] after one step per gradient in `grads`. */
function after(name: OptimizerName, given: Partial<Hyper>, grads: number[]): number {
  const p = Float64Array.of(1);
  const opt = new Optimizer(name, hyper(name, given), [1]);
  for (const g of grads) opt.step([p], [Float64Array.of(g)]);
  return p[0];
}

const messageOf = (name: OptimizerName, given: Partial<Hyper>): string => {
  const h = resolveHyper(name, given);
  return isError(h) ? `${h.code} ${h.message}` : 'no error';
};

describe('optimizer steps', () => {
  it('sgd: plain, momentum (the buffer starts as the gradient), dampening, nesterov, weight decay, maximize', () => {
    expect(after('sgd', { lr: 0.1 }, [2])).toBeCloseTo(0.8, 15);
    expect(after('sgd', { lr: 0.1, momentum: 0.9 }, [2, 2])).toBeCloseTo(0.8 - 0.1 * (0.9 * 2 + 2), 15);
    expect(after('sgd', { lr: 0.1, momentum: 0.9, dampening: 0.5 }, [2, 2])).toBeCloseTo(0.8 - 0.1 * (0.9 * 2 + 0.5 * 2), 15);
    expect(after('sgd', { lr: 0.1, momentum: 0.9, nesterov: true }, [2])).toBeCloseTo(1 - 0.1 * (2 + 0.9 * 2), 15);
    expect(after('sgd', { lr: 0.1, weight_decay: 0.5 }, [2])).toBeCloseTo(1 - 0.1 * 2.5, 15);
    expect(after('sgd', { lr: 0.1, maximize: true }, [2])).toBeCloseTo(1.2, 15);
  });

  it('adam and adamw: the first step moves by lr·g/(|g| + eps); adamw decays the parameter first', () => {
    expect(after('adam', { lr: 0.1 }, [2])).toBeCloseTo(1 - (0.1 * 2) / (2 + 1e-8), 14);
    expect(after('adam', { lr: 0.1, weight_decay: 0.5 }, [2])).toBeCloseTo(1 - (0.1 * 2.5) / (2.5 + 1e-8), 14);
    expect(after('adamw', { lr: 0.1 }, [2])).toBeCloseTo(1 * (1 - 0.1 * 0.01) - (0.1 * 2) / (2 + 1e-8), 14);
    expect(after('adam', { lr: 0.1, maximize: true }, [2])).toBeCloseTo(1 + (0.1 * 2) / (2 + 1e-8), 14);
    // Bias correction: a constant gradient moves every step by about lr.
    expect(after('adam', { lr: 0.1, betas: [0.5, 0.9] }, [3, 3, 3])).toBeCloseTo(1 - 0.3, 7);
  });

  it('adam amsgrad keeps the largest second moment: the same as adam until the gradient shrinks', () => {
    expect(after('adam', { lr: 0.1, amsgrad: true }, [2])).toBe(after('adam', { lr: 0.1 }, [2]));
    expect(after('adam', { lr: 0.1, amsgrad: true }, [2, 0.01])).not.toBeCloseTo(after('adam', { lr: 0.1 }, [2, 0.01]), 6);
  });

  it('rmsprop: plain, centered, momentum', () => {
    expect(after('rmsprop', {}, [2])).toBeCloseTo(1 - (0.01 * 2) / (Math.sqrt(0.01 * 4) + 1e-8), 15);
    expect(after('rmsprop', { centered: true }, [2])).toBeCloseTo(1 - (0.01 * 2) / (Math.sqrt(0.04 - 0.02 ** 2) + 1e-8), 15);
    const avg = Math.sqrt(0.01 * 4) + 1e-8;
    const avg2 = Math.sqrt(0.99 * 0.04 + 0.01 * 4) + 1e-8;
    const first = 1 - 0.01 * (2 / avg);
    expect(after('rmsprop', { momentum: 0.5 }, [2, 2])).toBeCloseTo(first - 0.01 * (0.5 * (2 / avg) + 2 / avg2), 15);
  });

  it('adagrad: accumulated squares from initial_accumulator_value, lr decayed by the step count', () => {
    expect(after('adagrad', {}, [2])).toBeCloseTo(1 - (0.01 * 2) / (2 + 1e-10), 15);
    expect(after('adagrad', { initial_accumulator_value: 5 }, [2])).toBeCloseTo(1 - (0.01 * 2) / (3 + 1e-10), 15);
    const first = 1 - (0.5 * 2) / 2;
    expect(after('adagrad', { lr: 0.5, lr_decay: 1, eps: 0 }, [2, 2])).toBeCloseTo(first - (0.25 * 2) / Math.sqrt(8), 15);
  });

  it('skips a parameter without a gradient, its state included (PyTorch skips p.grad is None)', () => {
    const opt = new Optimizer('adam', hyper('adam', { lr: 0.1 }), [1, 1]);
    const a = Float64Array.of(1);
    const b = Float64Array.of(1);
    opt.step([a, b], [Float64Array.of(2), null]);
    expect(b[0]).toBe(1);
    opt.step([a, b], [Float64Array.of(2), Float64Array.of(2)]);
    // b's first step is a first step: its bias correction counts its own steps.
    expect(b[0]).toBe(after('adam', { lr: 0.1 }, [2]));
  });

  it('updates every element of several parameters, and a gradient may be the parameter array itself', () => {
    const p = Float64Array.of(1, 2, 3);
    new Optimizer('sgd', hyper('sgd', { lr: 0.5 }), [3]).step([p], [p]);
    expect([...p]).toEqual([0.5, 1, 1.5]);
  });

  it('keeps as many buffers as PyTorch keeps state tensors', () => {
    expect(buffersOf('sgd', hyper('sgd', { lr: 1 }))).toBe(0);
    expect(buffersOf('sgd', hyper('sgd', { lr: 1, momentum: 0.9 }))).toBe(1);
    expect(buffersOf('adam', hyper('adam', { amsgrad: true }))).toBe(3);
    expect(buffersOf('rmsprop', hyper('rmsprop', { centered: true, momentum: 0.1 }))).toBe(3);
    expect(buffersOf('adagrad', hyper('adagrad', {}))).toBe(1);
  });
});

describe('hyperparameters', () => {
  it("has torch.optim's defaults", () => {
    expect(hyper('adam', {})).toMatchObject({ lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false });
    expect(hyper('adamw', {})).toMatchObject({ lr: 1e-3, weight_decay: 0.01 });
    expect(hyper('rmsprop', {})).toMatchObject({ lr: 1e-2, alpha: 0.99, eps: 1e-8, momentum: 0, centered: false });
    expect(hyper('adagrad', {})).toMatchObject({ lr: 1e-2, lr_decay: 0, eps: 1e-10, initial_accumulator_value: 0 });
    expect(keywordsOf('sgd')).toEqual(['lr', 'momentum', 'dampening', 'weight_decay', 'nesterov', 'maximize']);
  });

  it('names optimizers case-insensitively', () => {
    expect(optimizerNamed('AdamW')).toBe('adamw');
    expect(optimizerNamed('RMSProp')).toBe('rmsprop');
    expect(optimizerNamed('lbfgs')).toBeNull();
  });

  it("refuses what PyTorch refuses, with PyTorch's messages", () => {
    expect(messageOf('sgd', {})).toMatch(/^#VALUE! train: parameter group didn't specify a value of required optimization parameter lr/);
    expect(messageOf('sgd', { lr: 0.1, betas: [0.9, 0.9] })).toBe(
      "#VALUE! train: SGD.__init__() got an unexpected keyword argument 'betas'",
    );
    expect(messageOf('adagrad', { momentum: 0.9 })).toBe("#VALUE! train: Adagrad.__init__() got an unexpected keyword argument 'momentum'");
    expect(messageOf('sgd', { lr: -0.1 })).toBe('#VALUE! train: Invalid learning rate: -0.1');
    expect(messageOf('adam', { lr: NaN })).toBe('#VALUE! train: Invalid learning rate: nan');
    expect(messageOf('sgd', { lr: 0.1, momentum: -1 })).toBe('#VALUE! train: Invalid momentum value: -1.0');
    expect(messageOf('sgd', { lr: 0.1, nesterov: true })).toBe('#VALUE! train: Nesterov momentum requires a momentum and zero dampening');
    expect(messageOf('sgd', { lr: 0.1, nesterov: true, momentum: 0.9, dampening: 0.1 })).toBe(
      '#VALUE! train: Nesterov momentum requires a momentum and zero dampening',
    );
    expect(messageOf('adam', { betas: [1, 0.5] })).toBe('#VALUE! train: Invalid beta parameter at index 0: 1.0');
    expect(messageOf('adamw', { betas: [0.5, -0.1] })).toBe('#VALUE! train: Invalid beta parameter at index 1: -0.1');
    expect(messageOf('adam', { eps: -1e-8 })).toBe('#VALUE! train: Invalid epsilon value: -1e-8');
    expect(messageOf('adamw', { weight_decay: -1 })).toBe('#VALUE! train: Invalid weight_decay value: -1.0');
    expect(messageOf('rmsprop', { alpha: -0.5 })).toBe('#VALUE! train: Invalid alpha value: -0.5');
    expect(messageOf('adagrad', { lr_decay: -1 })).toBe('#VALUE! train: Invalid lr_decay value: -1.0');
    expect(messageOf('adagrad', { initial_accumulator_value: -1 })).toBe('#VALUE! train: Invalid initial_accumulator_value value: -1.0');
  });

  it("prints numbers as Python's repr of a float", () => {
    expect([pyFloat(-1), pyFloat(0.5), pyFloat(Infinity), pyFloat(-Infinity), pyFloat(NaN), pyFloat(1e-20)]).toEqual([
      '-1.0',
      '0.5',
      'inf',
      '-inf',
      'nan',
      '1e-20',
    ]);
  });
});
