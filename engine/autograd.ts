// Owns reverse mode: the vector-Jacobian product of a tensor's recorded history, walked without recursion.
// Backward rules are written with ops, so the gradients it returns carry history of their own
// (PyTorch's create_graph=True): a gradient is differentiable to any order.

import { type CellError, errors } from './errors';
import { type AnyOp, run } from './op';
import { type Shape, sameShape } from './shape';
import { Tensor } from './tensor';
import { isGradEnabled } from './grad-mode';
import { DROPPED_HISTORY, droppedHistoryError } from './loop-history';
import { setCurrentRule } from './nonfinite';
import { activeProfile } from './profiler';
import { type PoolScope, openScope, poolable } from './pool';
import { add } from './ops/add';
import { sum_to } from './ops/sum_to';
import { OPS } from './ops/index';

let registry: ReadonlyMap<string, AnyOp> | null = null;

/** Backward rules by op name (history nodes hold the name, not the rule). */
function ruleFor(op: string): AnyOp | undefined {
  registry ??= new Map(OPS.map((o) => [o.name, o]));
  return registry.get(op);
}

/** Sums a gradient that kept a broadcast shape back to its input's shape: done here once for every rule. */
function sumToShape(g: Tensor, shape: Shape): Tensor {
  return sameShape(g.shape, shape) ? g : run(sum_to, [g], shape);
}

/**
 * Tensors reachable from `y` through history (not below `stopAt`), inputs before the tensors computed
 * from them, and each one's position in that order. Walked depth first with two parallel stacks (no object per step).
 */
function topoOrder(y: Tensor, stopAt: Tensor | null = null): { order: Tensor[]; position: Map<Tensor, number> } {
  const order: Tensor[] = [];
  // -1 while a tensor is on the stack, then its position in `order`.
  const position = new Map<Tensor, number>([[y, -1]]);
  const stack: Tensor[] = [y];
  const next: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const t = stack[top];
    const inputs = t === stopAt ? undefined : t.node?.inputs;
    if (inputs !== undefined && next[top] < inputs.length) {
      const child = inputs[next[top]++];
      if (!position.has(child)) {
        position.set(child, -1);
        stack.push(child);
        next.push(0);
      }
    } else {
      position.set(t, order.length);
      order.push(t);
      stack.pop();
      next.pop();
    }
  }
  return { order, position };
}

/** The leaves `y`'s history reaches that require grad: where PyTorch's `y.backward()` accumulates `.grad`. */
export function leavesOf(y: Tensor): Tensor[] {
  return topoOrder(y).order.filter((t) => t.node === null && t.requiresGrad);
}

export const NOT_CONNECTED_NOTE = 'the output does not depend on this input, so its gradient is zero';

/**
 * vᵀ·∂y/∂x for each x in `xs`: what `y.backward(v)` leaves in each `x.grad`. `v` has y's shape.
 * An x that y does not depend on gets zeros of its shape, with a note saying so. `observe`, when given,
 * hears each tensor whose gradient is complete as the pass reaches it, in the order the rules run (a
 * leaf when its turn comes, a computed tensor just before its rule): the inspector's backward steps.
 */
// size: autograd's backward pass, one algorithm read top to bottom (order, accumulate, call each rule).
export function vjp(y: Tensor, xs: readonly Tensor[], v: Tensor, observe?: (t: Tensor, g: Tensor) => void): Tensor[] | CellError {
  if (!sameShape(v.shape, y.shape)) {
    return errors.shape(
      'grad',
      `the upstream tensor has shape ${errors.fmtShape(v.shape)} but the output has shape ${errors.fmtShape(y.shape)}`,
    );
  }
  if (y.dtype === 'bool') return errors.grad('grad: a boolean tensor has no gradient');
  const targets = new Set(xs);
  // With one target, nothing below it matters: a loop that takes grad of its state at every step would
  // otherwise walk the whole history of earlier steps each time (quadratic in the steps).
  const { order, position } = topoOrder(y, xs.length === 1 ? xs[0] : null);
  const at = (t: Tensor): number => position.get(t) as number;
  // Which tensors lie on a path to some target: only those are worth a backward rule.
  const reaches = new Uint8Array(order.length);
  let large = false;
  for (let k = 0; k < order.length; k++) {
    const t = order[k];
    if (poolable(t.size)) large = true;
    if (targets.has(t)) reaches[k] = 1;
    else if (t.node !== null) {
      const inputs = t.node.inputs;
      for (let i = 0; i < inputs.length; i++) {
        if (reaches[at(inputs[i])] === 1) {
          reaches[k] = 1;
          break;
        }
      }
    }
  }
  // Gradients by position; one is dropped once its tensor's rule has run, unless it is a target's.
  const grads = new Array<Tensor | undefined>(order.length);
  if (reaches[order.length - 1] === 1) grads[order.length - 1] = v;
  // Without history nothing but `grads` refers to a gradient, so one that drops out of it can give
  // its memory back for the next operation (pool.ts); with history, later gradients may read it.
  // Only worth it when some tensor is large enough to be pooled.
  const scope = isGradEnabled() || !large ? null : openScope();
  const recycler = scope === null ? null : new Recycler(scope);
  // A rule may run a backward pass of its own (customgrad's df calling grad): its rule is restored after.
  const outerRule = setCurrentRule(null);
  const profile = activeProfile;
  profile?.backwardPassBegins();
  try {
    recycler?.hold(grads[order.length - 1], 1);
    for (let k = order.length - 1; k >= 0; k--) {
      const t = order[k];
      const g = grads[k];
      const node = t.node;
      if (g === undefined) continue;
      if (node === null) {
        observe?.(t, g);
        continue;
      }
      const inputs = node.inputs;
      const needs = new Array<boolean>(inputs.length);
      let any = false;
      for (let i = 0; i < inputs.length; i++) any = (needs[i] = reaches[at(inputs[i])] === 1) || any;
      if (!any) continue;
      observe?.(t, g);
      if (node.op === DROPPED_HISTORY) return droppedHistoryError(node);
      const rule = ruleFor(node.op);
      if (rule?.backward === undefined) return errors.grad(`grad: ${node.op} has no derivative`);
      // A NaN/±inf first made here is the rule's (PyTorch sums a broadcast gradient back inside it too).
      setCurrentRule(node.gradFn);
      profile?.enter(node.gradFn, 'backward');
      let gs: readonly (Tensor | null)[];
      let parts: (Tensor | null)[];
      try {
        gs = rule.backward(inputs, t, g, node.attrs, needs);
        parts = gs.map((gi, i) => (!needs[i] || gi === null || gi === undefined ? null : sumToShape(gi, inputs[i].shape)));
      } finally {
        profile?.leave();
      }
      setCurrentRule(outerRule);
      for (let i = 0; i < inputs.length; i++) {
        const gi = gs[i];
        const part = parts[i];
        if (part === null || gi === null) continue;
        const j = at(inputs[i]);
        const prev = grads[j];
        const next = prev === undefined ? part : run(add, [prev, part]);
        grads[j] = next;
        recycler?.replaced(prev, next, gi, part);
      }
      if (!targets.has(t)) {
        grads[k] = undefined;
        recycler?.replaced(g, undefined);
      }
      recycler?.giveBackUnheld();
    }
  } finally {
    profile?.backwardPassEnds();
    setCurrentRule(outerRule);
    scope?.close();
  }
  const gradOf = (x: Tensor): Tensor | undefined => {
    const k = position.get(x);
    return k === undefined ? undefined : grads[k];
  };
  return xs.map((x) => gradOf(x) ?? new Tensor(new Float64Array(x.size), x.shape, 'float64', false, null, null, NOT_CONNECTED_NOTE));
}

/**
 * The bookkeeping of a backward pass without history: how many gradients hold each data array, and
 * which arrays dropped out this step; those no gradient holds any more go back to the pool.
 */
class Recycler {
  private readonly holders = new Map<Float64Array, number>();
  private readonly dropped: Tensor[] = [];

  constructor(private readonly scope: PoolScope) {}

  hold(t: Tensor | undefined, by: number): void {
    if (t !== undefined) this.holders.set(t.data, (this.holders.get(t.data) ?? 0) + by);
  }

  /** A gradient slot went from `prev` to `next`; `temps` were made on the way. */
  replaced(prev: Tensor | undefined, next: Tensor | undefined, ...temps: Tensor[]): void {
    this.hold(next, 1);
    this.hold(prev, -1);
    if (prev !== undefined) this.dropped.push(prev);
    for (const t of temps) this.dropped.push(t);
  }

  giveBackUnheld(): void {
    for (const d of this.dropped) if ((this.holders.get(d.data) ?? 0) === 0) this.scope.giveBack(d.data);
    this.dropped.length = 0;
  }
}
