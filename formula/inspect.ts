// Owns what the inspector shows of a cell (see InspectInfo): its PyTorch repr, the computation graph
// as PyTorch's `grad_fn.next_functions` shows it, and the cells it reads and that read it.

import type { GradNode, Tensor } from '../engine/tensor';
import { isTensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';
import type { Workbook } from './book';
import { type CellJSONOf, cellJSONWith, unprintableJSON } from './cell-json';
import { type Accumulation, type BackwardSteps, accumulationOf, backwardSteps } from './inspect-backward';
import { torchRepr } from './torch-repr';

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

export interface InspectInfo {
  label: string;
  input: string;
  /** The cell's JSON with each tensor's `value` left out (null): the element table fetches numbers a window at a time. */
  json: CellJSONOf<null>;
  /** The value printed as PyTorch prints it: `tensor([[4.5000, 4.5000]], grad_fn=<MulBackward0>)`. */
  repr: string;
  /** The graph from this cell's grad_fn down to the AccumulateGrad leaves; empty without grad_fn. */
  graph: GraphNode[];
  /** True when the graph was cut short (it is drawn up to a node limit). */
  truncated: boolean;
  /**
   * For a tensor that does not require grad but was computed by recorded operations: the same walk
   * over every recorded input, whatever its requires_grad. PyTorch keeps no graph here, but `grad(y, x)`
   * follows exactly these operations. Leaves appear only when a cell holds them (constants are left
   * out). Null when the value requires grad (see `graph`) or has no history.
   */
  history: Graph | null;
  /** The backward pass through this cell's node, with every node's data and incoming gradient; null when none applies. */
  backward: BackwardSteps | null;
  /** How `.grad` sums the backward roots, for a leaf they reach or an `=x.grad` cell; null otherwise. */
  accumulation: Accumulation | null;
  precedents: string[];
  dependents: string[];
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

/** The value's JSON without tensors' numbers; as cellJSON, never throws. */
function summaryJSON(value: CellValue): CellJSONOf<null> {
  try {
    return cellJSONWith(value, () => null);
  } catch (e) {
    return unprintableJSON(value, e);
  }
}

/** The panel's extras never cost the rest of the inspector: a failure leaves them out. */
function guarded<T>(part: () => T | null): T | null {
  try {
    return part();
  } catch {
    return null;
  }
}

/** What the inspector shows of one cell, or null when the label is not a cell. */
export function inspectCell(book: Workbook, label: string): InspectInfo | null {
  const value = book.value(label);
  if (value.kind === 'error' && value.code === '#REF!' && book.input(label) === '') return null;
  const { precedents, dependents } = book.links(label);
  let graph: Graph = { nodes: [], truncated: false };
  let history: Graph | null = null;
  // Which cell holds each tensor: read once, and only when a graph is drawn (it visits every cell).
  let held: Owners | null = null;
  const owners = (): Owners => (held ??= ownersOf(book));
  if (isTensor(value) && value.node) {
    const walk = walkGraph(value, owners(), value.requiresGrad ? 'autograd' : 'history', label);
    if (value.requiresGrad) graph = walk;
    else history = { nodes: walk.nodes, truncated: walk.truncated };
  }
  return {
    label,
    input: book.input(label),
    json: summaryJSON(value),
    repr: torchRepr(value),
    graph: graph.nodes,
    truncated: graph.truncated,
    history,
    backward: guarded(() => backwardSteps(book, label, owners)),
    accumulation: guarded(() => accumulationOf(book, label)),
    precedents,
    dependents,
  };
}

/**
 * A window of a tensor's elements, asked for by the inspector's element table. The tensor is read as a
 * matrix: a 2-D tensor as itself, a 1-D one as a column, a scalar as 1 × 1 and a tensor of rank 3 or
 * more flattened into a column (its multi-indices follow from `shape`).
 */
export interface ElementWindow {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The elements of a window, row-major, clipped to the tensor and to ELEMENT_PAGE_LIMIT elements. */
export interface ElementPage extends ElementWindow {
  label: string;
  shape: number[];
  kind: 'float64' | 'bool';
  data: Float64Array;
}

/** The most elements one answer carries, so a 2^24-element tensor never crosses to the main thread whole. */
export const ELEMENT_PAGE_LIMIT = 10_000;

/** The window of a cell's tensor, or null when the cell holds no tensor. */
export function inspectElements(book: Workbook, label: string, window: ElementWindow): ElementPage | null {
  const value = book.value(label);
  if (!isTensor(value)) return null;
  const [height, width] = value.rank === 2 ? [value.shape[0], value.shape[1]] : [value.size, 1];
  const whole = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
  const row = Math.min(whole(window.row), height);
  const col = Math.min(whole(window.col), width);
  const cols = Math.min(whole(window.cols), width - col, ELEMENT_PAGE_LIMIT);
  const rows = cols === 0 ? 0 : Math.min(whole(window.rows), height - row, Math.floor(ELEMENT_PAGE_LIMIT / cols));
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) data.set(value.data.subarray((row + r) * width + col, (row + r) * width + col + cols), r * cols);
  return { label, shape: [...value.shape], kind: value.dtype, row, col, rows, cols, data };
}
