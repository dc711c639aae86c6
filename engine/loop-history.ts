// Owns dropping a loop's history: when the history a `while`/`repeat` state carries outgrows its
// share of the memory budget, the state keeps its values and grad_fn names but not the iterations
// behind them. The dropped node keeps the tensors from before the loop that the history reached, so
// a gradient that would flow through it is refused (#LIMIT!) rather than silently zero.

import { type CellError, cellError } from './errors';
import { describeMemory, newWalk } from './budget';
import { limits } from './limits';
import { type GradNode, Tensor } from './tensor';
import { type CellValue, tuple } from './value';

/** The op name of a node whose history was dropped. */
export const DROPPED_HISTORY = 'dropped_history';

interface DroppedAttrs {
  readonly loop: string;
  readonly iterations: number;
}

/** Why a gradient cannot flow through a dropped history. */
export function droppedHistoryError(node: GradNode): CellError {
  const { loop, iterations } = node.attrs as DroppedAttrs;
  return cellError(
    '#LIMIT!',
    `grad: ${loop} dropped the history of its first ${iterations.toLocaleString('en-US')} iterations, which needed more than a quarter of the memory budget (${describeMemory(limits.maxMemory)}); ` +
      'run fewer iterations, or raise the budget, to differentiate through it',
  );
}

/** Tensors born before `since` that the history of `roots` reaches: what the loop was computed from. */
function frontier(roots: readonly Tensor[], since: number): Tensor[] {
  const out: Tensor[] = [];
  const id = newWalk();
  const stack = [...roots];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.walked === id) continue;
    t.walked = id;
    if (t.born < since) out.push(t);
    else if (t.node !== null) for (const i of t.node.inputs) stack.push(i);
  }
  return out;
}

/** The tensors of a value (a tensor, or the leaves of nested tuples), walked without recursion. */
function tensorsOf(value: CellValue): Tensor[] {
  const out: Tensor[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v.kind === 'tensor') out.push(v);
    else if (v.kind === 'tuple') for (const item of v.items) stack.push(item);
  }
  return out;
}

/** `value` with every tensor replaced through `swap`, tuples rebuilt around them (without recursion). */
function mapTensors(value: CellValue, swap: (t: Tensor) => Tensor): CellValue {
  if (value.kind === 'tensor') return swap(value);
  if (value.kind !== 'tuple') return value;
  // Post-order over the tuple tree: a tuple is rebuilt once all its items are.
  const done = new Map<CellValue, CellValue>();
  const stack: { v: CellValue; expanded: boolean }[] = [{ v: value, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const v = top.v;
    if (done.has(v)) {
      stack.pop();
    } else if (v.kind === 'tensor') {
      done.set(v, swap(v));
      stack.pop();
    } else if (v.kind !== 'tuple') {
      done.set(v, v);
      stack.pop();
    } else if (!top.expanded) {
      top.expanded = true;
      for (const item of v.items) if (!done.has(item)) stack.push({ v: item, expanded: false });
    } else {
      done.set(v, tuple(v.items.map((item) => done.get(item)!)));
      stack.pop();
    }
  }
  return done.get(value)!;
}

/** The loop state without the history made since `since` (the loop's start). */
export function dropHistory(state: CellValue, since: number, loop: string, iterations: number): CellValue {
  const tensors = tensorsOf(state).filter((t) => t.node !== null && t.born >= since);
  if (tensors.length === 0) return state;
  const inputs = frontier(tensors, since);
  const attrs: DroppedAttrs = { loop, iterations };
  const note = `${loop} kept no history of its first ${iterations.toLocaleString('en-US')} iterations (the memory budget); its gradient cannot be taken`;
  return mapTensors(state, (t) => {
    if (t.node === null || t.born < since) return t;
    const node: GradNode = { op: DROPPED_HISTORY, inputs, attrs, gradFn: t.node.gradFn };
    return new Tensor(t.data, t.shape, t.dtype, t.requiresGrad, node, t.nonfinite, note);
  });
}
