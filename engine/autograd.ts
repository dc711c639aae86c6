// Owns reverse mode: the vector-Jacobian product of a tensor's recorded history, walked without recursion.
// Backward rules are written with ops, so the gradients it returns carry history of their own
// (PyTorch's create_graph=True): a gradient is differentiable to any order.

import { type CellError, errors } from './errors';
import { type AnyOp, run } from './op';
import { type Shape, sameShape } from './shape';
import { Tensor } from './tensor';
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

/** Tensors reachable from `y` through history, inputs before the tensors computed from them. */
function topoOrder(y: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>([y]);
  const stack: { t: Tensor; next: number }[] = [{ t: y, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const inputs = top.t.node?.inputs ?? [];
    if (top.next < inputs.length) {
      const child = inputs[top.next++];
      if (!seen.has(child)) {
        seen.add(child);
        stack.push({ t: child, next: 0 });
      }
    } else {
      order.push(top.t);
      stack.pop();
    }
  }
  return order;
}

export const NOT_CONNECTED_NOTE = 'the output does not depend on this input, so its gradient is zero';

/**
 * vᵀ·∂y/∂x for each x in `xs`: what `y.backward(v)` leaves in each `x.grad`. `v` has y's shape.
 * An x that y does not depend on gets zeros of its shape, with a note saying so.
 */
export function vjp(y: Tensor, xs: readonly Tensor[], v: Tensor): Tensor[] | CellError {
  if (!sameShape(v.shape, y.shape)) {
    return errors.shape('grad', `the upstream tensor has shape ${errors.fmtShape(v.shape)} but the output has shape ${errors.fmtShape(y.shape)}`);
  }
  if (y.dtype === 'bool') return errors.grad('grad: a boolean tensor has no gradient');
  const targets = new Set(xs);
  const order = topoOrder(y);
  // Which tensors lie on a path to some target: only those are worth a backward rule.
  const reaches = new Set<Tensor>();
  for (const t of order) {
    if (targets.has(t)) reaches.add(t);
    else if (t.node !== null) {
      const inputs = t.node.inputs;
      for (let i = 0; i < inputs.length; i++) {
        if (reaches.has(inputs[i])) {
          reaches.add(t);
          break;
        }
      }
    }
  }
  const grads = new Map<Tensor, Tensor>();
  if (reaches.has(y)) grads.set(y, v);
  for (let k = order.length - 1; k >= 0; k--) {
    const t = order[k];
    const g = grads.get(t);
    const node = t.node;
    if (g === undefined || node === null) continue;
    const needs = new Array<boolean>(node.inputs.length);
    let any = false;
    for (let i = 0; i < needs.length; i++) any = (needs[i] = reaches.has(node.inputs[i])) || any;
    if (!any) continue;
    const rule = ruleFor(node.op);
    if (rule?.backward === undefined) return errors.grad(`grad: ${node.op} has no derivative`);
    const gs = rule.backward(node.inputs, t, g, node.attrs, needs);
    for (let i = 0; i < node.inputs.length; i++) {
      const gi = gs[i];
      if (!needs[i] || gi === null || gi === undefined) continue;
      const input = node.inputs[i];
      const part = sumToShape(gi, input.shape);
      const prev = grads.get(input);
      grads.set(input, prev === undefined ? part : run(add, [prev, part]));
    }
    // A target's own gradient must survive; anything else is no longer needed.
    if (!targets.has(t)) grads.delete(t);
  }
  return xs.map((x) => grads.get(x) ?? new Tensor(new Float64Array(x.size), x.shape, 'float64', false, null, null, NOT_CONNECTED_NOTE));
}
