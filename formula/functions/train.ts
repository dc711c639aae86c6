// Owns the sheet function `train` (SPEC §12): N steps of `zero_grad(); loss = f(*params);
// loss.backward(); opt.step()` with a torch.optim optimizer (engine/optim.ts), under the cell's budget.
// Each step runs f on fresh leaves and drops its history once the gradients are read, so time and
// memory grow with N, not N²; the results carry no history and do not require grad.

import { NOT_CONNECTED_NOTE, vjp } from '../../engine/autograd';
import { chargeMemory } from '../../engine/budget';
import { type CellError, errors, isError } from '../../engine/errors';
import { withGradMode } from '../../engine/grad-mode';
import { limits } from '../../engine/limits';
import { nonFiniteOrigin } from '../../engine/nonfinite';
import { attempt } from '../../engine/op';
import { type Hyper, OPTIMIZERS, Optimizer, buffersOf, optimizerNamed, resolveHyper } from '../../engine/optim';
import { DEFAULTS, type HyperName } from '../../engine/optim-defaults';
import { Tensor, isTensor } from '../../engine/tensor';
import { type CellValue, EMPTY, type FunctionValue, tuple } from '../../engine/value';
import { shaped } from './functional';
import { LoopKeeper } from './loop-keeper';
import type { CallContext } from './types';
import { defineFunction } from './define';

const FN = 'train';

/** The parameters as tensors, and whether they came as a tuple. */
function paramsOf(v: CellValue): { params: Tensor[]; isTuple: boolean } | CellError {
  const items = v.kind === 'tuple' ? v.items : [v];
  const params: Tensor[] = [];
  for (const item of items) {
    if (isError(item)) return item;
    if (!isTensor(item) || item.dtype === 'bool') return errors.value(FN, 'params must be a float tensor or a tuple of float tensors');
    params.push(item);
  }
  if (params.length === 0) return errors.value(FN, 'optimizer got an empty parameter list');
  return { params, isTuple: v.kind === 'tuple' };
}

/** betas as PyTorch takes them: two numbers, a tuple `(b1, b2)` or a list `[b1, b2]`. */
function betasOf(v: CellValue): readonly [number, number] | CellError {
  const items = v.kind === 'tuple' ? v.items : [v];
  const nums: number[] = [];
  for (const item of items) {
    if (isError(item)) return item;
    if (!isTensor(item) || item.dtype === 'bool') return errors.value(FN, 'betas must be two numbers, as in betas=(0.9, 0.999)');
    nums.push(...item.data);
  }
  return nums.length === 2
    ? [nums[0], nums[1]]
    : errors.value(FN, `betas must be two numbers, as in betas=(0.9, 0.999); got ${nums.length}`);
}

/** The keywords the call gave (a null kwarg was not given), as hyperparameters. */
function givenHyper(lr: number | null, kw: Readonly<Record<string, unknown>>): Partial<Hyper> | CellError {
  const given: Record<string, unknown> = {};
  if (lr !== null) given.lr = lr;
  for (const [key, value] of Object.entries(kw)) {
    if (value === null) continue;
    if (key === 'betas') {
      const b = betasOf(value as CellValue);
      if (isError(b)) return b;
      given.betas = b;
    } else given[key] = value;
  }
  return given as Partial<Hyper>;
}

/** One step's loss and the gradient of each parameter (null where the loss does not depend on it). */
function lossAndGrads(ctx: CallContext, f: FunctionValue, leaves: Tensor[]): { loss: number; grads: (Float64Array | null)[] } | CellError {
  const y = withGradMode(true, () => ctx.callFunction(f, leaves));
  if (isError(y)) return y;
  if (!isTensor(y) || y.dtype === 'bool') return errors.value(FN, 'f must return the loss, a one-element float tensor');
  if (y.size !== 1) {
    return errors.value(
      FN,
      `grad can be implicitly created only for scalar outputs: f returned a tensor of shape ${errors.fmtShape(y.shape)}`,
    );
  }
  // The gradients need no history of their own (PyTorch's backward() without create_graph).
  const gs = withGradMode(false, () => attempt(() => vjp(y, leaves, new Tensor(Float64Array.of(1), y.shape))));
  if (isError(gs)) return gs;
  const grads = gs.map((g) => (g.note === NOT_CONNECTED_NOTE ? null : g.data));
  // PyTorch's backward() refuses a loss that no parameter reaches, rather than training nothing.
  if (grads.every((g) => g === null)) {
    return errors.grad(
      `${FN}: element 0 of tensors does not require grad and does not have a grad_fn (the loss does not depend on any parameter)`,
    );
  }
  return { loss: y.data[0], grads };
}

/** Runs `steps` optimizer steps from `start`; the parameters after and the losses, each before its step. */
function runSteps(ctx: CallContext, f: FunctionValue, start: readonly Tensor[], steps: number, opt: Optimizer): Float64Array[] | CellError {
  const data = start.map((t) => t.data.slice());
  const losses = new Float64Array(steps);
  const keeper = new LoopKeeper(FN);
  for (let k = 0; k < steps; k++) {
    // Fresh leaves over copies: the optimizer's buffers change in place, a tensor never does.
    const leaves = data.map((d, i) => new Tensor(d.slice(), start[i].shape, 'float64', true));
    const r = lossAndGrads(ctx, f, leaves);
    if (isError(r)) return keeper.stopped(r);
    losses[k] = r.loss;
    opt.step(data, r.grads);
    // Nothing of the step is kept but the optimizer's buffers, charged before the loop.
    keeper.next(EMPTY);
  }
  return [...data, losses];
}

const OPTIMIZER_LIST = OPTIMIZERS.map((o) => `"${o}"`).join(', ');

/** A keyword torch.optim takes, declared for every optimizer; resolveHyper refuses those an optimizer does not take. */
/** What a keyword's doc adds to its defaults. */
const HYPER_NOTES: Partial<Record<HyperName, string>> = { nesterov: 'needs momentum and no dampening', betas: '(beta1, beta2)' };

/**
 * A keyword of `train`, documented from torch.optim's defaults (engine/optim-defaults.ts, the one place they are
 * written): which optimizers take it and each one's default, e.g. "sgd 0, rmsprop 0".
 */
function hyper(name: Exclude<HyperName, 'lr'>) {
  const takers = OPTIMIZERS.filter((o) => DEFAULTS[o][name] !== undefined);
  const sample = DEFAULTS[takers[0]][name];
  const kind = typeof sample === 'boolean' ? 'bool' : typeof sample === 'number' ? 'number' : 'any';
  const shown = (v: unknown): string => (Array.isArray(v) ? `(${v.join(', ')})` : String(v));
  const defaults = takers.map((o) => `${o} ${shown(DEFAULTS[o][name])}`).join(', ');
  const note = HYPER_NOTES[name];
  return { name, kind, default: null, doc: `${note ? `${note}; ` : ''}default ${defaults}` } as const;
}

export const train = defineFunction({
  name: 'train',
  torch: 'torch.optim',
  doc:
    'Runs steps optimizer steps on params (a tensor or a tuple of tensors) to minimise f(*params), a one-element loss, as torch.optim does ' +
    `(optimizer one of ${OPTIMIZER_LIST}, with its keywords and defaults). Returns tuple(params_after, losses): the parameters after ` +
    'the last step, shaped as params, and a 1-D tensor of the losses, each taken before its step. Neither requires grad.',
  params: [
    { name: 'f', kind: 'function' },
    { name: 'params', kind: 'any' },
    { name: 'steps', kind: 'int' },
    { name: 'optimizer', kind: 'text', default: 'sgd', doc: `one of ${OPTIMIZER_LIST}, in any case` },
    {
      name: 'lr',
      kind: 'number',
      default: null,
      doc: 'the learning rate; sgd has no default, adam and adamw 1e-3, rmsprop and adagrad 1e-2',
    },
  ],
  kwargs: (
    [
      'momentum',
      'dampening',
      'nesterov',
      'weight_decay',
      'maximize',
      'betas',
      'eps',
      'amsgrad',
      'alpha',
      'centered',
      'lr_decay',
      'initial_accumulator_value',
    ] as const
  ).map(hyper),
  examples: [
    { formula: '=train(x => (x - 3) ** 2, 0, steps=2, lr=0.25)[1]', result: [9, 2.25] },
    { formula: '=train((w, b) => (w + b - 1) ** 2, (0, 0), steps=1, optimizer="sgd", lr=0.25)[0][1]', result: 0.5 },
  ],
  lower: ([f, p, steps, optimizer, lr], kw, ctx) => {
    const name = optimizerNamed(optimizer);
    if (name === null) return errors.value(FN, `unknown optimizer "${optimizer}"; the optimizers are ${OPTIMIZER_LIST}`);
    if (steps < 0) return errors.value(FN, `steps must be a non-negative integer, got ${steps}`);
    if (steps > limits.maxIterations) return errors.loop(FN, limits.maxIterations);
    const given = givenHyper(lr, kw);
    if (isError(given)) return given;
    const h = resolveHyper(name, given);
    if (isError(h)) return h;
    const ps = paramsOf(p);
    if (isError(ps)) return ps;
    const sizes = ps.params.map((t) => t.size);
    const total = sizes.reduce((a, b) => a + b, 0);
    // The optimizer's buffers, the parameters it updates and the losses live through every step.
    const held = chargeMemory(FN, (buffersOf(name, h) + 1) * total + steps);
    if (held !== null) return held;
    const out = runSteps(ctx, f, ps.params, steps, new Optimizer(name, h, sizes));
    if (isError(out)) return out;
    // A NaN or infinity the training made is flagged as train's (the steps' history is gone).
    const result = (data: Float64Array, shape: readonly number[]) =>
      new Tensor(data, shape, 'float64', false, null, nonFiniteOrigin(FN, [], data));
    const after = ps.params.map((t, i) => result(out[i], t.shape));
    return tuple([shaped(ps.isTuple, after), result(out[out.length - 1], [steps])]);
  },
});
