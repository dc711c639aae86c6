// Owns what the inspector shows of a cell (filled in by the inspector work): see InspectInfo.

import type { CellJSON } from './cell-json';

/** One node of a computation graph as PyTorch shows it: a grad_fn, or AccumulateGrad for a leaf. */
export interface GraphNode {
  id: number;
  /** `MulBackward0`, `AccumulateGrad`, … */
  name: string;
  /** The cell whose value this node produced, when it is one. */
  cell: string | null;
  shape: number[];
  /** Ids of the nodes in `next_functions` order. */
  next: number[];
}

export interface InspectInfo {
  label: string;
  input: string;
  json: CellJSON;
  /** The value printed as PyTorch prints it: `tensor([[4.5000, 4.5000]], grad_fn=<MulBackward0>)`. */
  repr: string;
  /** The graph from this cell's grad_fn down to the AccumulateGrad leaves; empty without grad_fn. */
  graph: GraphNode[];
  /** True when the graph was cut short (it is drawn up to a node limit). */
  truncated: boolean;
  precedents: string[];
  dependents: string[];
}

import type { Workbook } from './book';
import { cellJSON } from './cell-json';

/** What the inspector shows of one cell, or null when the label is not a cell. */
export function inspectCell(book: Workbook, label: string): InspectInfo | null {
  const value = book.value(label);
  if (value.kind === 'error' && value.code === '#REF!' && book.input(label) === '') return null;
  const { precedents, dependents } = book.links(label);
  return { label, input: book.input(label), json: cellJSON(value), repr: '', graph: [], truncated: false, precedents, dependents };
}
