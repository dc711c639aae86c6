// Owns the special forms: calls whose arguments are not simply evaluated first. `if` is lazy, `let`
// binds names, `grad` needs to know which tensor x is, `backward` declares a root, and `no_grad` /
// `enable_grad` evaluate their body under a grad mode.

import { vjp } from '../engine/autograd';
import { type CellError, errors, isError } from '../engine/errors';
import { withGradMode } from '../engine/grad-mode';
import { attempt, run } from '../engine/op';
import { reshape } from '../engine/ops/reshape';
import { stackAs } from '../engine/ops/stack';
import { type Tensor, filled, isTensor } from '../engine/tensor';
import { type CellValue, EMPTY } from '../engine/value';
import type { CallArg } from './call';
import type { CellAddress, Expr } from './ast';
import { type Env, bind, evaluate, lookupScope } from './evaluate';
import type { FunctionDef } from './functions/types';
import { gradientPass, shownGradient } from './gradient-display';
import { type Origin, runtime } from './runtime';

const valueOf = (a: CallArg, env: Env): CellValue => ('value' in a ? a.value : evaluate(a.expr, env));

function arity(name: string, args: readonly CallArg[], min: number, max: number): CellError | null {
  const kw = args.find((a) => a.name !== null);
  if (kw) return errors.value(name, `takes no keyword arguments (got "${kw.name}")`);
  if (args.length < min) return errors.value(name, `needs at least ${min} argument${min === 1 ? '' : 's'} (${args.length} given)`);
  if (args.length > max) return errors.value(name, `takes at most ${max} argument${max === 1 ? '' : 's'} (${args.length} given)`);
  return null;
}

/** A scalar condition as a boolean, or why it is not one. */
export function truth(fn: string, v: CellValue): boolean | CellError {
  if (isError(v)) return v;
  if (v.kind === 'empty') return false;
  if (!isTensor(v) || v.size !== 1) {
    const got = isTensor(v) ? `a tensor of shape ${errors.fmtShape(v.shape)}` : `a ${v.kind}`;
    return errors.value(fn, `the condition must be a single true/false value, got ${got}`);
  }
  return v.data[0] !== 0;
}


/** Checks y (and v) for a backward pass: v is required for a y of more than one element. */
function upstream(fn: 'grad' | 'backward', y: CellValue, v: CellValue | null): Tensor | CellError {
  if (!isTensor(y)) return errors.value(fn, `the output must be a tensor, got a ${y.kind}`);
  if (y.dtype === 'bool') return errors.grad(`${fn}: a boolean tensor has no gradient`);
  if (v === null) {
    if (y.size === 1) return filled(y.shape, 1);
    return errors.grad(
      `${fn}: the output has shape ${errors.fmtShape(y.shape)} (${y.size} elements); a gradient of more than one element needs an upstream tensor of shape ${errors.fmtShape(y.shape)} as ${fn}'s ${fn === 'grad' ? 'third' : 'second'} argument, as y.backward(v) does`,
    );
  }
  if (isError(v)) return v;
  if (!isTensor(v)) return errors.value(fn, `the upstream tensor must be a tensor, got a ${v.kind}`);
  if (v.shape.length !== y.shape.length || v.shape.some((n, d) => n !== y.shape[d])) {
    return errors.shape(fn, `the upstream tensor has shape ${errors.fmtShape(v.shape)} but the output has shape ${errors.fmtShape(y.shape)}`);
  }
  return v;
}

/** A special form's arguments bound to its parameters, each known by several names (PyTorch's among them). */
interface GradientCall {
  readonly slots: readonly (CallArg | null)[];
  /** `create_graph=true`: the gradient shows its own grad_fn, as PyTorch's does. */
  readonly createGraph: boolean;
}

/**
 * Binds grad's and backward's arguments: positional ones in order, keywords by any of a parameter's
 * names, and PyTorch's `retain_graph=` (accepted: a sheet never frees a graph) and `create_graph=`.
 */
function gradientCall(fn: string, args: readonly CallArg[], params: readonly (readonly string[])[], required: number, env: Env): GradientCall | CellError {
  const slots: (CallArg | null)[] = params.map(() => null);
  let createGraph = false;
  let next = 0;
  for (const a of args) {
    if (a.name === null) {
      if (next >= params.length) return errors.value(fn, `takes at most ${params.length} arguments (${args.length} given)`);
      slots[next++] = a;
      continue;
    }
    const key = a.name.toLowerCase();
    if (key === 'retain_graph' || key === 'create_graph') {
      const flag = valueOf(a, env);
      const on = flag.kind === 'empty' ? false : truth(fn, flag);
      if (isError(on)) return on;
      if (key === 'create_graph') createGraph = on;
      continue;
    }
    const at = params.findIndex((names) => names.includes(key));
    if (at < 0) return errors.value(fn, `got an unexpected keyword argument "${a.name}"`);
    if (slots[at] !== null) return errors.value(fn, `got multiple values for argument "${a.name}"`);
    slots[at] = a;
  }
  const missing = slots.slice(0, required).findIndex((s) => s === null);
  if (missing >= 0) return errors.value(fn, `needs at least ${required} argument${required === 1 ? '' : 's'} (missing ${params[missing][0]})`);
  return { slots, createGraph };
}

const GRAD_PARAMS = [['y', 'outputs'], ['x', 'inputs'], ['v', 'grad_outputs']] as const;
const BACKWARD_PARAMS = [['y', 'tensor', 'tensors'], ['v', 'gradient', 'grad_tensors']] as const;

/** grad(y, x, v?): x is a reference, a range, a name, a lambda parameter or a let name. */
function gradForm(args: readonly CallArg[], env: Env): CellValue {
  const bound = gradientCall('grad', args, GRAD_PARAMS, 2, env);
  if (isError(bound)) return bound;
  const [yArg, xArg, vArg] = bound.slots as [CallArg, CallArg, CallArg | null];
  if ('expr' in xArg && !['ref', 'range', 'name'].includes(xArg.expr.type)) {
    return errors.grad('grad: x must be a cell reference, a range, a name, a lambda parameter or a let name');
  }
  const y = valueOf(yArg, env);
  if (isError(y)) return y;
  const v = vArg === null ? null : valueOf(vArg, env);
  if (v !== null && isError(v)) return v;
  const up = upstream('grad', y, v);
  if (isError(up)) return up;
  const yt = y as Tensor;
  const range = 'expr' in xArg ? rangeOf(xArg.expr, env) : null;
  const g = range !== null ? gradientPass(bound.createGraph, () => gradOverRange(yt, up, range.start, range.end, range.from)) : gradOfValue(yt, up, valueOf(xArg, env), bound.createGraph);
  return isTensor(g) ? shownGradient(g, bound.createGraph) : g;
}

function gradOfValue(y: Tensor, up: Tensor, x: CellValue, createGraph: boolean): CellValue {
  if (isError(x)) return x;
  if (!isTensor(x)) return errors.value('grad', `x must be a tensor, got ${x.kind === 'empty' ? 'an empty cell' : `a ${x.kind}`}`);
  if (x.dtype === 'bool') return errors.grad('grad: x is a boolean tensor, which has no gradient');
  const gs = gradientPass(createGraph, () => attempt(() => vjp(y, [x], up)));
  return isError(gs) ? gs : gs[0];
}

/** The range `x` stands for, inline or through a workbook name (unless a parameter or `let` shadows it). */
function rangeOf(x: Expr, env: Env): { start: CellAddress; end: CellAddress; from: Origin } | null {
  if (x.type === 'range') return { start: x.start, end: x.end, from: env };
  if (x.type === 'name' && lookupScope(env.scope, x.name) === undefined) return runtime().nameRange(x.name);
  return null;
}

/** dy/dx for each cell of a range, laid out as the range: the cells are the leaves (each reader stacks its own tensor of them). */
function gradOverRange(y: Tensor, up: Tensor, start: CellAddress, end: CellAddress, from: Origin): CellValue {
  const cells = runtime().rangeCells(start, end, from);
  if (isError(cells)) return cells;
  const xs: Tensor[] = [];
  for (const c of cells.values) {
    if (isError(c)) return c;
    if (!isTensor(c) || c.size !== 1) return errors.value('grad', 'each cell of the range must hold a single number');
    xs.push(c);
  }
  return attempt(() => {
    const gs = vjp(y, xs, up);
    return isError(gs) ? gs : stackAs(gs.map((g) => (g.rank === 0 ? g : run(reshape, [g], []))), [cells.rows, cells.cols]);
  });
}

function backwardForm(args: readonly CallArg[], env: Env): CellValue {
  const bound = gradientCall('backward', args, BACKWARD_PARAMS, 1, env);
  if (isError(bound)) return bound;
  const [yArg, vArg] = bound.slots as [CallArg, CallArg | null];
  const y = valueOf(yArg, env);
  if (isError(y)) return y;
  const v = vArg === null ? null : valueOf(vArg, env);
  const up = upstream('backward', y, v);
  if (isError(up)) return up;
  runtime().declareBackward(y as Tensor, up, bound.createGraph);
  return y;
}

function ifForm(args: readonly CallArg[], env: Env): CellValue {
  const bad = arity('if', args, 2, 3);
  if (bad) return bad;
  const cond = truth('if', valueOf(args[0], env));
  if (isError(cond)) return cond;
  if (cond) return valueOf(args[1], env);
  return args.length > 2 ? valueOf(args[2], env) : EMPTY;
}

function letForm(args: readonly CallArg[], env: Env): CellValue {
  const bad = arity('let', args, 3, Infinity);
  if (bad) return bad;
  if (args.length % 2 === 0) return errors.value('let', 'takes pairs of name and value, then a body: let(name1, value1, ..., body)');
  let scope = env.scope;
  for (let i = 0; i + 1 < args.length; i += 2) {
    const nameArg = args[i];
    if (!('expr' in nameArg) || nameArg.expr.type !== 'name') return errors.value('let', `argument ${i + 1} must be a name`);
    const value = valueOf(args[i + 1], { ...env, scope });
    if (isError(value)) return value;
    scope = bind(scope, nameArg.expr.name, value);
  }
  return valueOf(args[args.length - 1], { ...env, scope });
}

function gradModeForm(name: string, on: boolean, args: readonly CallArg[], env: Env): CellValue {
  const bad = arity(name, args, 1, 1);
  if (bad) return bad;
  const v = withGradMode(on, () => valueOf(args[0], env));
  // no_grad(f) of a function decorates it, as @torch.no_grad() does: each call runs under the mode.
  if (isError(v) || v.kind !== 'function') return v;
  return { kind: 'function', name: null, params: v.params, call: (xs) => withGradMode(on, () => v.call(xs)) };
}

export function runSpecialForm(def: FunctionDef, args: readonly CallArg[], env: Env): CellValue {
  switch (def.form!) {
    case 'if':
      return ifForm(args, env);
    case 'let':
      return letForm(args, env);
    case 'grad':
      return gradForm(args, env);
    case 'backward':
      return backwardForm(args, env);
    case 'no_grad':
      return gradModeForm('no_grad', false, args, env);
    case 'enable_grad':
      return gradModeForm('enable_grad', true, args, env);
  }
}
