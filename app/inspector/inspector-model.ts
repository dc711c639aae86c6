// Owns what the inspector derives from an InspectInfo: the tensor's properties as PyTorch names them,
// the computation graph laid out as tree rows, and cell labels as the user reads and selects them.

import type { CellJSONOf } from '../../formula/cell-json';
import type { GraphNode } from '../../formula/inspect';
import { parseRef, quoteSheet } from '../../formula/address';
import { splitLabel } from '../state/document';
import type { CellView } from '../worker/cell-view';

/** `shape`, `dtype`, `requires_grad`, `grad_fn`, `is_leaf` as PyTorch prints them; none for other kinds. */
export function tensorProps(json: CellJSONOf<unknown>): [string, string][] {
  if (json.kind !== 'tensor' && json.kind !== 'bool') return [];
  const shape = `torch.Size([${json.shape.join(', ')}])`;
  if (json.kind === 'bool')
    return [
      ['shape', shape],
      ['dtype', 'torch.bool'],
      ['requires_grad', 'False'],
      ['grad_fn', 'None'],
      ['is_leaf', 'True'],
    ];
  return [
    ['shape', shape],
    ['dtype', 'torch.float64'],
    ['requires_grad', json.requires_grad ? 'True' : 'False'],
    ['grad_fn', json.grad_fn ? `<${json.grad_fn}>` : 'None'],
    // PyTorch: a tensor is a leaf when it has no grad_fn (whether or not it requires grad).
    ['is_leaf', json.grad_fn ? 'False' : 'True'],
  ];
}

/** What kind of value a cell holds, in a few words: `tensor [2, 3]`, `scalar`, `text`, `tuple of 2`. */
export function kindText(json: CellJSONOf<unknown>): string {
  switch (json.kind) {
    case 'tensor':
    case 'bool':
      return `${json.kind === 'bool' ? 'bool ' : ''}${json.shape.length === 0 ? 'scalar' : `tensor [${json.shape.join(', ')}]`}`;
    case 'tuple':
      return `tuple of ${json.items.length}`;
    case 'function':
      return 'function';
    case 'error':
      return 'error';
    case 'text':
      return 'text';
    case 'empty':
      return 'empty';
  }
}

/** One line of the graph drawn as a tree. */
export interface GraphRow {
  node: GraphNode;
  /** Box-drawing rails and the branch mark before the name, e.g. `│ ├ `. */
  prefix: string;
  /** The node was drawn above already (a shared node): shown again without its inputs. */
  repeat: boolean;
}

/**
 * The graph as tree rows, root first, depth first. A node with several inputs branches (├ └); a node
 * with one input continues straight down without indenting, so a long chain stays narrow. A node seen
 * before is listed again as a repeat, without its inputs. Iterative: graphs can be long chains.
 */
export function graphRows(nodes: readonly GraphNode[]): GraphRow[] {
  if (nodes.length === 0) return [];
  const rows: GraphRow[] = [];
  const drawn = new Set<number>();
  // rails: the prefix for this node's inputs; mark: the branch mark before this node's name.
  const stack: { id: number; rails: string; mark: string }[] = [{ id: 0, rails: '', mark: '' }];
  while (stack.length > 0) {
    const { id, rails, mark } = stack.pop()!;
    const node = nodes[id];
    const repeat = drawn.has(id);
    rows.push({ node, prefix: rails + mark, repeat });
    if (repeat) continue;
    drawn.add(id);
    // Under a branch mark the inputs line up after it, with a rail while later siblings follow.
    const inner = rails + (mark === '├ ' ? '│ ' : mark === '└ ' ? '  ' : '');
    const next = node.next;
    if (next.length === 1) stack.push({ id: next[0], rails: inner, mark: '' });
    else for (let i = next.length - 1; i >= 0; i--) stack.push({ id: next[i], rails: inner, mark: i === next.length - 1 ? '└ ' : '├ ' });
  }
  return rows;
}

export type Rail = 'pipe' | 'blank' | 'tee' | 'elbow';

/** A row's prefix as drawable pieces, two characters each: `│ ` pipe, `  ` blank, `├ ` tee, `└ ` elbow. */
export function railsOf(prefix: string): Rail[] {
  const rails: Rail[] = [];
  for (let i = 0; i < prefix.length; i += 2) {
    const c = prefix[i];
    rails.push(c === '│' ? 'pipe' : c === '├' ? 'tee' : c === '└' ? 'elbow' : 'blank');
  }
  return rails;
}

/** A label as the user reads it: `A1` on the sheet in view, `Sheet2!B3` or `'My sheet'!B3` elsewhere. */
export function shortLabel(label: string, activeSheet: string): string {
  const { sheet, cell } = splitLabel(label);
  if (sheet === activeSheet) return cell;
  // Quoted only when the name is not a plain word (`Sheet2!B3` reads better than `'Sheet2'!B3`).
  return `${quoteSheet(sheet)}!${cell}`;
}

/** Where a label points: the sheet and the cell's address, or null when it is not a cell label. */
export function addressOf(label: string): { sheet: string; col: number; row: number } | null {
  const { sheet, cell } = splitLabel(label);
  const ref = parseRef(cell);
  return ref?.kind === 'cell' ? { sheet, col: ref.at.col, row: ref.at.row } : null;
}

/** The store actions selecting a cell needs. */
export interface SelectActions {
  activeSheet(): string;
  actions: {
    showSheet(name: string): void;
    select(sel: { anchor: { col: number; row: number }; focus: { col: number; row: number } }): void;
  };
}

/** Selects the cell a label names, showing its sheet first when it is on another one. */
export function selectLabel(store: SelectActions, label: string): void {
  const at = addressOf(label);
  if (!at) return;
  if (at.sheet !== store.activeSheet()) store.actions.showSheet(at.sheet);
  const a = { col: at.col, row: at.row };
  store.actions.select({ anchor: a, focus: a });
}

/**
 * Reads every field of a cell's view, so an effect calling it reruns when the worker sends a new value
 * for the cell (the store reconciles views field by field; `series` is a new array each time).
 */
export function trackView(view: CellView | undefined): void {
  if (!view) return;
  void [view.kind, view.text, view.shape?.join(), view.requiresGrad, view.gradFn, view.note, view.series];
  void [view.nonfinite?.op, view.nonfinite?.cell, view.error?.code, view.error?.message, view.error?.origin];
}
