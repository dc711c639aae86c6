// Owns what the inspector shows of a cell (see InspectInfo): its PyTorch repr, the computation graph
// as PyTorch's `grad_fn.next_functions` shows it, and the cells it reads and that read it.

import { isTensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';
import type { Workbook } from './book';
import { type CellJSONOf, cellJSONWith, unprintableJSON } from './cell-json';
import { type Accumulation, type BackwardSteps, accumulationOf, backwardSteps } from './inspect-backward';
import { type Graph, type GraphNode, type Owners, ownersOf, walkGraph } from './inspect-graph';
import { torchRepr } from './torch-repr';

export { GRAPH_LIMIT, type Graph, type GraphNode } from './inspect-graph';

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
