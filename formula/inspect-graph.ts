// Owns walking a computation graph for the inspector: each node once (a DAG, shared subexpressions drawn once),
// breadth first without recursion, cut at GRAPH_LIMIT nodes, with the cell that holds each tensor and node.
// The inspector's graph (inspect.ts) and its backward pass (inspect-backward.ts) both read it.

import type { GradNode, Tensor } from '../engine/tensor';
import { isTensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';
import type { Workbook } from './book';

/** One node of a computation graph as PyTorch shows it: a grad_fn, or AccumulateGrad for a leaf. */
export interface GraphNode {
  id: number;
  /** `MulBackward0`, `AccumulateGrad`; in a recorded history (see InspectInfo.history) a leaf is `Leaf`. */
  name: string;
  /** The cell whose value this node produced (or, for a leaf, the cell holding the leaf), when it is one. */
  cell: string | null;
  shape: number[];
  /** Ids of the nodes in `next_functions` order (inputs PyTorch shows as None are left out). */
  next: number[];
}

/** A computation graph, root first (node 0), each node listed once; cut at GRAPH_LIMIT nodes. */
export interface Graph {
  nodes: GraphNode[];
  /** True when the graph was cut short: some `next` ids were dropped with the nodes they named. */
  truncated: boolean;
}

/** At most this many nodes are listed; a graph of a long `repeat` would otherwise be thousands. */
export const GRAPH_LIMIT = 200;

/** Which cell holds each tensor and each grad_fn node (tuple items count as their cell's). */
export interface Owners {
  tensors: Map<Tensor, string>;
  nodes: Map<GradNode, string>;
}

/** A graph walked from a tensor, with the tensor behind each node (for the worker's own use; never posted). */
export interface Walk extends Graph {
  tensors: Tensor[];
}

export function ownersOf(book: Workbook): Owners {
  const held = new Map<Tensor, string[]>();
  const hold = (v: CellValue, label: string): void => {
    if (isTensor(v)) held.set(v, [...(held.get(v) ?? []), label]);
  };
  for (const label of book.cellLabels()) {
    const v = book.value(label);
    if (v.kind === 'tuple') for (const item of v.items) hold(item, label);
    else hold(v, label);
  }
  const owners: Owners = { tensors: new Map(), nodes: new Map() };
  for (const [t, labels] of held) {
    // `=A1` holds A1's very tensor: name the cell that made it, the one none of the others reads.
    const maker =
      labels.length === 1 ? labels[0] : (labels.find((l) => !book.links(l).precedents.some((p) => labels.includes(p))) ?? labels[0]);
    owners.tensors.set(t, maker);
    if (t.node && !owners.nodes.has(t.node)) owners.nodes.set(t.node, maker);
  }
  return owners;
}

/**
 * Walks from `root` down its recorded inputs, breadth first and without recursion, listing each node
 * once. `autograd` walks what PyTorch shows: only inputs that require grad, a leaf as AccumulateGrad.
 * Otherwise every recorded input is followed, and leaves held by a cell are listed as `Leaf`.
 */
export function walkGraph(root: Tensor, owners: Owners, mode: 'autograd' | 'history', rootCell: string | null = null): Walk {
  const nodes: GraphNode[] = [];
  const ids = new Map<GradNode | Tensor, number>();
  const queue: Tensor[] = [];
  let truncated = false;
  // The key of a tensor's node in the graph (its grad_fn, or the leaf itself), or null when it is not shown.
  const keyOf = (t: Tensor): GradNode | Tensor | null => {
    if (mode === 'autograd' && !t.requiresGrad) return null;
    if (t.node) return t.node;
    return mode === 'autograd' || owners.tensors.has(t) ? t : null;
  };
  const visit = (t: Tensor, cell: string | null): number | null => {
    const key = keyOf(t);
    if (key === null) return null;
    const known = ids.get(key);
    if (known !== undefined) return known;
    if (nodes.length >= GRAPH_LIMIT) {
      truncated = true;
      return null;
    }
    const id = nodes.length;
    ids.set(key, id);
    const name = t.node ? t.node.gradFn : mode === 'autograd' ? 'AccumulateGrad' : 'Leaf';
    nodes.push({
      id,
      name,
      cell: cell ?? (t.node ? owners.nodes.get(t.node) : owners.tensors.get(t)) ?? null,
      shape: [...t.shape],
      next: [],
    });
    queue.push(t);
    return id;
  };
  if (visit(root, rootCell) === null) return { nodes: [], truncated: false, tensors: [] };
  for (let head = 0; head < queue.length; head++) {
    const t = queue[head];
    const node = nodes[head];
    for (const input of t.node?.shown ?? t.node?.inputs ?? []) {
      const id = visit(input, null);
      if (id !== null) node.next.push(id);
    }
  }
  return { nodes, truncated, tensors: queue };
}
