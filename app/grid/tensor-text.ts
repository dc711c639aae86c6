// Owns the short text a tensor cell shows: nested brackets holding its first few elements, each
// written in the cell's number format. The worker writes it in General; the grid rewrites it in the
// cell's format from the same elements, so a format change never goes through the engine.

import type { CellView } from '../worker/cell-view';
import { type NumberFormat, formatNumberAs } from './number-format';

/** How many elements a preview shows (in row-major order); the rest is `…`. */
export const PREVIEW_ELEMENTS = 6;

export type ElementKind = 'float64' | 'bool';

/** One element as the sheet writes it: `True`/`False` for booleans, else the number in `fmt`. */
export function elementText(x: number, kind: ElementKind, fmt: NumberFormat | null): string {
  return kind === 'bool' ? (x ? 'True' : 'False') : formatNumberAs(x, fmt);
}

/**
 * The preview of a tensor of `shape` whose first elements (row-major) are `head`: `[[1, 2], [3, …]]`.
 * `head` needs min(size, PREVIEW_ELEMENTS) elements. Walks the dims with an explicit stack of indices,
 * and an empty list counts as an element shown, so `zeros(100000, 0)` previews as `[[], [], …]`.
 */
export function previewText(shape: readonly number[], head: ArrayLike<number>, kind: ElementKind, fmt: NumberFormat | null): string {
  const text = (x: number) => elementText(x, kind, fmt);
  if (shape.length === 0) return text(head[0]);
  const last = shape.length - 1;
  let out = '[';
  let next = 0;
  let shown = 0;
  // at[d]: the index being written along dim d, for the dims open so far.
  const at: number[] = [0];
  while (at.length > 0) {
    const dim = at.length - 1;
    const i = at[dim];
    const done = i >= shape[dim];
    if (done || shown >= PREVIEW_ELEMENTS) {
      out += done ? ']' : '…]';
      at.pop();
      if (at.length > 0) at[at.length - 1]++;
      continue;
    }
    if (i > 0) out += ', ';
    if (dim === last) {
      out += text(head[next++]);
      shown++;
      at[dim]++;
    } else {
      out += '[';
      if (shape[dim + 1] === 0) shown++;
      at.push(0);
    }
  }
  return out;
}

/** What a cell shows of its value in its number format: a tensor's preview written again from its first elements, else the worker's text. */
export function shownText(view: CellView | undefined, fmt: NumberFormat | null): string {
  if (!view) return '';
  if (fmt && view.head && view.shape && (view.kind === 'tensor' || view.kind === 'bool'))
    return previewText(view.shape, view.head, view.kind === 'bool' ? 'bool' : 'float64', fmt);
  return view.text;
}
