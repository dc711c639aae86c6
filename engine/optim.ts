// Owns the optimizers of torch.optim (SGD, Adam, AdamW, RMSprop, Adagrad) as pure math over
// Float64Arrays: their keywords and defaults, PyTorch's checks and messages, and one step, which
// updates the parameters and the optimizer's own state buffers in place. No tensors, no history:
// `train` (formula/functions/train.ts) computes the gradients and hands them over.
//
// Each step follows PyTorch's single-tensor loop (torch/optim/<name>.py, `_single_tensor_<name>`)
// operation for operation, in float64, so its rounding is PyTorch's up to the order of a few sums.

import { type CellError, errors } from './errors';
import { CLASS_NAMES, DEFAULTS, type Hyper, type HyperName, OPTIMIZERS, type OptimizerName, keywordsOf } from './optim-defaults';

export { CLASS_NAMES, DEFAULTS, type Hyper, type HyperName, OPTIMIZERS, type OptimizerName, keywordsOf } from './optim-defaults';

/** What the values no optimizer reads default to (never used, only so a Hyper is complete). */
const UNUSED: Hyper = {
  lr: 0,
  momentum: 0,
  dampening: 0,
  nesterov: false,
  weight_decay: 0,
  maximize: false,
  betas: [0, 0],
  eps: 0,
  amsgrad: false,
  alpha: 0,
  centered: false,
  lr_decay: 0,
  initial_accumulator_value: 0,
};

/** A number as Python's repr prints a float (`-1.0`, `0.5`, `inf`, `nan`), for PyTorch's messages. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return Number.isInteger(x) && Math.abs(x) < 1e16 ? x.toFixed(1) : String(x);
}

/** The optimizer a user's name means (case-insensitive), or null. */
export function optimizerNamed(name: string): OptimizerName | null {
  const lower = name.toLowerCase();
  return (OPTIMIZERS as readonly string[]).includes(lower) ? (lower as OptimizerName) : null;
}

/** PyTorch's `if not 0.0 <= value: raise ValueError(...)` checks, in its order; null when all pass. */
function check(name: OptimizerName, h: Hyper): string | null {
  const at0 = (key: 'lr' | 'eps' | 'momentum' | 'weight_decay' | 'alpha' | 'lr_decay' | 'initial_accumulator_value', what: string) =>
    keywordsOf(name).includes(key) && !(h[key] >= 0) ? `Invalid ${what}: ${pyFloat(h[key])}` : null;
  const lr = at0('lr', 'learning rate');
  if (lr !== null) return lr;
  if (name === 'sgd') {
    const bad = at0('momentum', 'momentum value') ?? at0('weight_decay', 'weight_decay value');
    if (bad !== null) return bad;
    return h.nesterov && (h.momentum <= 0 || h.dampening !== 0) ? 'Nesterov momentum requires a momentum and zero dampening' : null;
  }
  if (name === 'adam' || name === 'adamw') {
    const eps = at0('eps', 'epsilon value');
    if (eps !== null) return eps;
    for (const i of [0, 1] as const) {
      if (!(h.betas[i] >= 0 && h.betas[i] < 1)) return `Invalid beta parameter at index ${i}: ${pyFloat(h.betas[i])}`;
    }
    return at0('weight_decay', 'weight_decay value');
  }
  if (name === 'rmsprop') {
    return (
      at0('eps', 'epsilon value') ??
      at0('momentum', 'momentum value') ??
      at0('weight_decay', 'weight_decay value') ??
      at0('alpha', 'alpha value')
    );
  }
  return (
    at0('lr_decay', 'lr_decay value') ??
    at0('weight_decay', 'weight_decay value') ??
    at0('initial_accumulator_value', 'initial_accumulator_value value') ??
    at0('eps', 'epsilon value')
  );
}

/**
 * The hyperparameters of `name` with the given keywords over torch.optim's defaults, or #VALUE! with
 * PyTorch's message for a keyword the optimizer does not take, a missing SGD lr, or a value out of range.
 */
export function resolveHyper(name: OptimizerName, given: Partial<Hyper>, fn = 'train'): Hyper | CellError {
  const accepted = keywordsOf(name);
  for (const key of Object.keys(given)) {
    if (!accepted.includes(key as HyperName)) {
      return errors.value(fn, `${CLASS_NAMES[name]}.__init__() got an unexpected keyword argument '${key}'`);
    }
  }
  if (name === 'sgd' && given.lr === undefined) {
    return errors.value(
      fn,
      `parameter group didn't specify a value of required optimization parameter lr (optimizer "sgd" has no default learning rate: give lr=...)`,
    );
  }
  const h: Hyper = { ...UNUSED, ...DEFAULTS[name], ...given } as Hyper;
  const bad = check(name, h);
  return bad === null ? h : errors.value(fn, bad);
}

/** One parameter's state: its step count and the buffers its optimizer keeps (PyTorch's `state[p]`). */
interface ParamState {
  step: number;
  /** SGD/RMSprop momentum_buffer, Adam exp_avg, RMSprop square_avg, Adagrad sum. */
  readonly a: Float64Array;
  /** Adam exp_avg_sq, RMSprop grad_avg (centered). */
  readonly b: Float64Array;
  /** Adam max_exp_avg_sq (amsgrad), RMSprop momentum_buffer. */
  readonly c: Float64Array;
}

const NO_BUFFER = new Float64Array(0);

/** How many buffers of a parameter's size the optimizer keeps. */
export function buffersOf(name: OptimizerName, h: Hyper): number {
  switch (name) {
    case 'sgd':
      return h.momentum !== 0 ? 1 : 0;
    case 'adam':
    case 'adamw':
      return h.amsgrad ? 3 : 2;
    case 'rmsprop':
      return 1 + (h.centered ? 1 : 0) + (h.momentum > 0 ? 1 : 0);
    case 'adagrad':
      return 1;
  }
}

type StepRule = (p: Float64Array, g: Float64Array, s: ParamState, h: Hyper) => void;

/** torch.optim.SGD: the momentum buffer starts as the first (decayed) gradient itself. */
const sgdStep: StepRule = (p, g, s, h) => {
  const { lr, momentum, dampening, nesterov, weight_decay, maximize } = h;
  const first = s.step === 0;
  for (let i = 0; i < p.length; i++) {
    let d = maximize ? -g[i] : g[i];
    if (weight_decay !== 0) d = d + weight_decay * p[i];
    if (momentum !== 0) {
      const buf = first ? d : s.a[i] * momentum + (1 - dampening) * d;
      s.a[i] = buf;
      d = nesterov ? d + momentum * buf : buf;
    }
    p[i] = p[i] + -lr * d;
  }
};

/** torch.optim.Adam and AdamW (decoupled: the parameter decays before the moments are updated). */
const adamStep =
  (decoupled: boolean): StepRule =>
  (p, g, s, h) => {
    const { lr, eps, weight_decay, amsgrad, maximize } = h;
    const [beta1, beta2] = h.betas;
    const step = s.step;
    const stepSize = lr / (1 - beta1 ** step);
    const bc2Sqrt = Math.sqrt(1 - beta2 ** step);
    const decay = 1 - lr * weight_decay;
    for (let i = 0; i < p.length; i++) {
      let gi = maximize ? -g[i] : g[i];
      if (decoupled) p[i] = p[i] * decay;
      else if (weight_decay !== 0) gi = gi + weight_decay * p[i];
      const m = s.a[i] * beta1 + (1 - beta1) * gi;
      const v = s.b[i] * beta2 + (1 - beta2) * gi * gi;
      s.a[i] = m;
      s.b[i] = v;
      let second = v;
      if (amsgrad) second = s.c[i] = Math.max(s.c[i], v);
      const denom = Math.sqrt(second) / bc2Sqrt + eps;
      p[i] = p[i] + (-stepSize * m) / denom;
    }
  };

/** torch.optim.RMSprop, centered (the running mean of the gradient subtracted) or not, with momentum or not. */
const rmspropStep: StepRule = (p, g, s, h) => {
  const { lr, alpha, eps, weight_decay, momentum, centered, maximize } = h;
  for (let i = 0; i < p.length; i++) {
    let gi = maximize ? -g[i] : g[i];
    if (weight_decay !== 0) gi = gi + weight_decay * p[i];
    const sq = s.a[i] * alpha + (1 - alpha) * gi * gi;
    s.a[i] = sq;
    let avg: number;
    if (centered) {
      const ga = s.b[i] * alpha + (1 - alpha) * gi;
      s.b[i] = ga;
      avg = Math.sqrt(sq + -1 * ga * ga);
    } else avg = Math.sqrt(sq);
    avg = avg + eps;
    if (momentum > 0) {
      const buf = s.c[i] * momentum + gi / avg;
      s.c[i] = buf;
      p[i] = p[i] + -lr * buf;
    } else p[i] = p[i] + (-lr * gi) / avg;
  }
};

/** torch.optim.Adagrad: the learning rate decays with the step count, the squares accumulate. */
const adagradStep: StepRule = (p, g, s, h) => {
  const { lr, lr_decay, weight_decay, eps, maximize } = h;
  const clr = lr / (1 + (s.step - 1) * lr_decay);
  for (let i = 0; i < p.length; i++) {
    let gi = maximize ? -g[i] : g[i];
    if (weight_decay !== 0) gi = gi + weight_decay * p[i];
    const sum = s.a[i] + gi * gi;
    s.a[i] = sum;
    p[i] = p[i] + (-clr * gi) / (Math.sqrt(sum) + eps);
  }
};

const RULES: Readonly<Record<OptimizerName, StepRule>> = {
  sgd: sgdStep,
  adam: adamStep(false),
  adamw: adamStep(true),
  rmsprop: rmspropStep,
  adagrad: adagradStep,
};

/** An optimizer over parameters of the given sizes, with its state; `step` updates parameters in place. */
export class Optimizer {
  private readonly states: ParamState[];

  constructor(
    readonly name: OptimizerName,
    readonly hyper: Hyper,
    sizes: readonly number[],
  ) {
    const n = buffersOf(name, hyper);
    const buffer = (k: number, size: number): Float64Array => (k < n ? new Float64Array(size) : NO_BUFFER);
    this.states = sizes.map((size) => {
      const a = buffer(0, size);
      if (name === 'adagrad') a.fill(hyper.initial_accumulator_value);
      // RMSprop's buffers are square_avg, then grad_avg only when centered, then momentum_buffer.
      const b = name === 'rmsprop' && !hyper.centered ? NO_BUFFER : buffer(1, size);
      const c = name === 'rmsprop' && !hyper.centered ? buffer(1, size) : buffer(2, size);
      return { step: 0, a, b, c };
    });
  }

  /**
   * One optimizer step: `params[i]` (updated in place) by `grads[i]`. A null gradient (the loss does not
   * depend on that parameter: PyTorch's `p.grad is None`) leaves the parameter and its state alone.
   * Each element's gradient is read before its parameter is written, so a gradient may alias its parameter.
   */
  step(params: readonly Float64Array[], grads: readonly (Float64Array | null)[]): void {
    const rule = RULES[this.name];
    for (let k = 0; k < params.length; k++) {
      const g = grads[k];
      if (g === null) continue;
      const s = this.states[k];
      // PyTorch counts steps before the update (Adam's bias correction, Adagrad's decay); SGD's first step is step 0 here.
      if (this.name !== 'sgd') s.step++;
      rule(params[k], g, s, this.hyper);
      if (this.name === 'sgd') s.step++;
    }
  }
}
