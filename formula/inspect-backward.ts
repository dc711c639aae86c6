// Owns the backward pass the inspector shows and steps through: which gradient (a grad cell's, a
// backward root's, or the inspected tensor's own), the data and the incoming gradient of every node,
// the order autograd runs its rules in, and how `x.grad` sums the backward roots.

import { NOT_CONNECTED_NOTE, vjp } from '../engine/autograd';
import { isError } from '../engine/errors';
import { withGradMode } from '../engine/grad-mode';
import { attempt, run } from '../engine/op';
import { add } from '../engine/ops/add';
import { type GradNode, type Tensor, filled, isTensor } from '../engine/tensor';
import type { Workbook } from './book';
import { dotGradOf, gradCallOf } from './inspect-grad-args';
import { type GraphNode, type Owners, walkGraph } from './inspect-graph';

/** At most this many elements of a tensor travel to the panel. */
export const PREVIEW_LIMIT = 16;

/** A backward pass over more recorded tensors than this is not replayed for the inspector. */
export const HISTORY_LIMIT = 50_000;

/** A backward pass through tensors of more elements than this (in all) is not replayed for the inspector. */
export const ELEMENT_LIMIT = 1 << 22;

/** At most this many backward roots are listed in an accumulation. */
export const ROOT_LIMIT = 50;

/** The first elements of a tensor (row-major), with its shape and size. */
export interface Preview {
  shape: number[];
  size: number;
  values: number[];
}

export function preview(t: Tensor): Preview {
  return { shape: [...t.shape], size: t.size, values: Array.from(t.data.subarray(0, PREVIEW_LIMIT)) };
}

const NO_PREVIEW: Preview = { shape: [], size: 0, values: [] };

/** A node of the graph with its data and the gradient arriving at it (null when none reaches it). */
export interface BackwardNode extends GraphNode {
  value: Preview;
  grad: Preview | null;
}

/** Which gradient is shown: the cell's own grad(...), a backward root's, or the inspected tensor's with v = ones. */
export type GradientSource =
  | { kind: 'grad-cell'; cell: string; y: string | null; x: string | null }
  | { kind: 'backward-root'; cell: string }
  | { kind: 'self'; cell: string };

export interface BackwardSteps {
  source: GradientSource;
  /** Why a grad cell's own pass could not be replayed (then another source is shown), or null. */
  note: string | null;
  /** The upstream tensor v the pass starts from. */
  upstream: Preview;
  /** The graph from y down, root first, each node once (cut at GRAPH_LIMIT nodes). */
  nodes: BackwardNode[];
  truncated: boolean;
  /** Node ids in the order autograd reaches them (reverse topological, as vjp runs the rules). */
  order: number[];
  /** The node of the inspected tensor (or, for a grad cell, of its x), or null when the graph has none. */
  focus: number | null;
  /** The pass failed or was not run (the message says why); nodes then carry no gradient. */
  error: string | null;
}

const keyOf = (t: Tensor): GradNode | Tensor => t.node ?? t;

/** What `y`'s history holds (the walk stops past HISTORY_LIMIT tensors), and whether `target` is in it. */
interface History {
  count: number;
  /** The elements of all its tensors: about what a backward pass through it allocates. */
  elements: number;
  reaches: boolean;
}

function historyOf(y: Tensor, target: Tensor | null): History {
  const seen = new Set<Tensor>([y]);
  const stack = [y];
  const want = target && keyOf(target);
  let reaches = false;
  let elements = 0;
  while (stack.length > 0 && seen.size <= HISTORY_LIMIT) {
    const t = stack.pop()!;
    elements += t.size;
    if (want !== null && keyOf(t) === want) reaches = true;
    for (const input of t.node?.inputs ?? []) {
      if (!seen.has(input)) {
        seen.add(input);
        stack.push(input);
      }
    }
  }
  return { count: seen.size, elements, reaches };
}

/** Why a pass through this history is not replayed for the inspector (too long or too large), or null. */
function tooBig(h: History): string | null {
  if (h.count > HISTORY_LIMIT)
    return `the history holds more than ${HISTORY_LIMIT.toLocaleString('en-US')} tensors, too many to replay here`;
  if (h.elements > ELEMENT_LIMIT)
    return `the history's tensors hold ${h.elements.toLocaleString('en-US')} elements, too many to replay here (the limit is ${ELEMENT_LIMIT.toLocaleString('en-US')})`;
  return null;
}

/** One backward pass from y with upstream v, recording the gradient arriving at each node of y's graph. */
export function replay(
  y: Tensor,
  v: Tensor,
  owners: () => Owners,
  rootCell: string | null,
  focus: Tensor | null,
): Omit<BackwardSteps, 'source' | 'note'> {
  // PyTorch's graph when it holds the tensor asked about; else every recorded operation, which grad follows too.
  const autograd = y.requiresGrad && (focus === null || focus.requiresGrad);
  const walk = walkGraph(y, owners(), autograd ? 'autograd' : 'history', rootCell);
  const ids = new Map<GradNode | Tensor, number>(walk.tensors.map((t, i) => [keyOf(t), i]));
  const nodes: BackwardNode[] = walk.nodes.map((n, i) => ({ ...n, value: preview(walk.tensors[i]), grad: null }));
  const order: number[] = [];
  const base = {
    upstream: preview(v),
    nodes,
    truncated: walk.truncated,
    order,
    focus: focus === null ? null : (ids.get(keyOf(focus)) ?? null),
  };
  const big = tooBig(historyOf(y, null));
  if (big !== null) return { ...base, error: big };
  const heard = (t: Tensor, g: Tensor): void => {
    const id = ids.get(keyOf(t));
    if (id === undefined) return;
    if (nodes[id].grad === null) order.push(id);
    nodes[id].grad = preview(g);
  };
  const result = withGradMode(false, () => attempt(() => vjp(y, walk.tensors, v, heard)));
  return { ...base, error: isError(result) ? `${result.code} ${result.message}` : null };
}

/** The backward root whose graph holds `t` (the first, in the order `x.grad` sums them), or null. */
function rootHolding(book: Workbook, t: Tensor): { label: string; y: Tensor; v: Tensor } | null {
  for (const { label, root } of book.backwardRoots()) if (historyOf(root.y, t).reaches) return { label, y: root.y, v: root.v };
  return null;
}

/**
 * The backward pass the inspector shows for a cell: its own grad(y, x, v) when it is a grad cell,
 * else a backward root whose graph holds the cell's tensor, else the tensor itself as root with
 * v = ones of its shape. Null when none applies (no tensor, or a tensor without history in no root).
 */
export function backwardSteps(book: Workbook, label: string, owners: () => Owners): BackwardSteps | null {
  const value = book.value(label);
  const call = gradCallOf(book, label);
  let note: string | null = null;
  if (call?.kind === 'grad') {
    const v = call.v?.tensor ?? (call.y.tensor.size === 1 ? filled(call.y.tensor.shape, 1) : null);
    if (v !== null && v.shape.length === call.y.tensor.shape.length && v.shape.every((n, d) => n === call.y.tensor.shape[d])) {
      const source: GradientSource = { kind: 'grad-cell', cell: label, y: call.y.cell, x: call.x.cell };
      return { source, note, ...replay(call.y.tensor, v, owners, call.y.cell, call.x.tensor) };
    }
    note =
      v === null
        ? 'this grad(...) has a y of more than one element and no upstream tensor v'
        : 'the upstream tensor of this grad(...) does not have the shape of its output';
  } else if (call?.kind === 'grad-unread') note = `this grad(...) cannot be replayed: ${call.why}`;
  // A grad cell that cannot be replayed still says why, when nothing else applies.
  const unread = (): BackwardSteps | null =>
    note === null
      ? null
      : {
          source: { kind: 'self', cell: label },
          note,
          upstream: NO_PREVIEW,
          nodes: [],
          truncated: false,
          order: [],
          focus: null,
          error: note,
        };
  if (!isTensor(value)) return unread();
  const root = rootHolding(book, value);
  if (root !== null) return { source: { kind: 'backward-root', cell: root.label }, note, ...replay(root.y, root.v, owners, null, value) };
  if (value.node === null || value.dtype === 'bool') return unread();
  return { source: { kind: 'self', cell: label }, note, ...replay(value, filled(value.shape, 1), owners, label, value) };
}

/** One backward root's part of `x.grad`: vᵀ·∂y/∂x for that root. */
export interface RootContribution {
  cell: string;
  v: Preview;
  contribution: Preview | null;
  /** The pass failed, or its history was too long to replay (then there is no contribution). */
  error: string | null;
}

/** How `x.grad` is made: each backward root that reaches x, its upstream and contribution, and their sum. */
export interface Accumulation {
  /** The cell holding x. */
  x: string;
  roots: RootContribution[];
  /** The sum of the contributions (what `x.grad` shows), or null when no root reaches x. */
  sum: Preview | null;
  /** Backward roots in the workbook that do not reach x (they add nothing). */
  unrelated: number;
  /** True when more than ROOT_LIMIT roots reach x (the first are listed; the sum is over all). */
  truncated: boolean;
}

/**
 * The accumulation for a cell `=x.grad` (of its x), or for a leaf tensor that a backward root reaches;
 * null otherwise. Each root is its own backward pass, summed in the order `x.grad` sums them.
 */
export function accumulationOf(book: Workbook, label: string): Accumulation | null {
  const dot = dotGradOf(book, label);
  const value = book.value(label);
  const x = dot?.tensor ?? (isTensor(value) && value.node === null && value.dtype === 'float64' ? value : null);
  if (x === null) return null;
  const roots: RootContribution[] = [];
  let sum: Tensor | null = null;
  let unrelated = 0;
  let reaching = 0;
  withGradMode(false, () => {
    for (const { label: cell, root } of book.backwardRoots()) {
      const history = historyOf(root.y, x);
      if (!history.reaches) {
        unrelated++;
        continue;
      }
      const row: RootContribution = { cell, v: preview(root.v), contribution: null, error: null };
      if (++reaching <= ROOT_LIMIT) roots.push(row);
      const big = tooBig(history);
      if (big !== null) {
        row.error = big;
        continue;
      }
      const g = attempt(() => vjp(root.y, [x], root.v));
      if (isError(g)) row.error = `${g.code} ${g.message}`;
      else if (g[0].note !== NOT_CONNECTED_NOTE) {
        row.contribution = preview(g[0]);
        const before: Tensor | null = sum;
        const next = before === null ? g[0] : attempt(() => run(add, [before, g[0]]));
        if (isError(next)) row.error = `${next.code} ${next.message}`;
        else sum = next;
      }
    }
  });
  if (dot === null && reaching === 0) return null;
  const total = sum as Tensor | null;
  return { x: dot?.cell ?? label, roots, sum: total === null ? null : preview(total), unrelated, truncated: reaching > ROOT_LIMIT };
}
