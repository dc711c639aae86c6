// Owns what the grid shows of a cell value: a compact text, the shape badge, flags, and numbers for charts.

import { isTensor, type Tensor } from '../../engine/tensor';
import type { CellValue, TupleValue } from '../../engine/value';
import { unprintableJSON } from '../../formula/cell-json';
import { COLS } from '../grid/geometry';
import { GENERAL } from '../grid/number-format';
import { SERIES_LIMIT, SPILL_LIMIT } from './view-limits';
import { PREVIEW_ELEMENTS, previewText } from '../grid/tensor-text';

/** The top-left rows × cols of a tensor's elements, row-major (a 1-D tensor is one column). */
export interface SpillBlock {
  rows: number;
  cols: number;
  data: Float64Array;
}

export interface CellView {
  /** `held`: a formula not computed (the last session died computing its workbook); `text` is its input. */
  kind: 'tensor' | 'bool' | 'text' | 'function' | 'tuple' | 'error' | 'empty' | 'held';
  /** What the cell shows: `3.1416`, `[1, 2, 3]`, `λ(x, y)`, `#SHAPE!`. */
  text: string;
  shape?: number[];
  requiresGrad?: boolean;
  gradFn?: string | null;
  /** Where a NaN or ±inf in this value began. */
  nonfinite?: { op: string; cell: string | null };
  error?: { code: string; message: string; origin: string | null };
  note?: string;
  /** The numbers of a 1-D float tensor (for charts), up to SERIES_LIMIT of them. */
  series?: Float64Array;
  /** A tensor's first PREVIEW_ELEMENTS elements (row-major): the grid writes `text` again from them in the cell's number format. */
  head?: number[];
  /** What the tensor spills, for a 1-D or 2-D tensor. */
  block?: SpillBlock;
}

/**
 * The top-left corner of a 1-D (as a column) or 2-D tensor, row-major: what a spill shows. At most
 * COLS columns (the grid has no more) and SPILL_LIMIT elements.
 */
function spillBlock(t: Tensor): SpillBlock | undefined {
  if (t.rank < 1 || t.rank > 2) return undefined;
  const [height, width] = t.rank === 1 ? [t.shape[0], 1] : [t.shape[0], t.shape[1]];
  const cols = Math.min(width, COLS);
  const rows = cols === 0 ? 0 : Math.min(height, Math.floor(SPILL_LIMIT / cols));
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) data.set(t.data.subarray(r * width, r * width + cols), r * cols);
  return { rows, cols, data };
}

const tensorText = (t: Tensor, head: number[]): string => previewText(t.shape, head, t.dtype, GENERAL);

/** How much of a tuple the cell shows: `(1, [2, 3], λ(x))` cut at this many characters. */
const TUPLE_TEXT = 80;

/** What a cell shows of a value that is not a tuple. */
function leafText(v: Exclude<CellValue, TupleValue>): string {
  if (isTensor(v)) return previewText(v.shape, v.data.subarray(0, PREVIEW_ELEMENTS), v.dtype, GENERAL);
  switch (v.kind) {
    case 'text':
      return v.value.slice(0, TUPLE_TEXT);
    case 'function':
      return `λ(${v.params.join(', ')})`;
    case 'error':
      return v.code;
    case 'empty':
      return '';
  }
}

/** A tuple's text, `(1, (2, 3))`, walked with an explicit stack and stopped once it passes TUPLE_TEXT characters. */
function tupleText(v: TupleValue): string {
  let out = '';
  const todo: (CellValue | string)[] = [v];
  while (todo.length > 0 && out.length <= TUPLE_TEXT) {
    const next = todo.pop()!;
    if (typeof next === 'string') out += next;
    else if (next.kind === 'tuple') {
      out += '(';
      todo.push(')');
      for (let i = next.items.length - 1; i >= 0; i--) {
        todo.push(next.items[i]);
        if (i > 0) todo.push(', ');
      }
    } else out += leafText(next);
  }
  return out.slice(0, TUPLE_TEXT);
}

/** A formula shown as its input, not computed. */
export const heldView = (input: string): CellView => ({
  kind: 'held',
  text: input,
  note: 'Not computed: this workbook stopped the engine when it was last open. Recalculate it from the notice, or edit this cell.',
});

/** The cell's view (cellView never throws), its error naming the cell it is in. */
export function safeCellView(v: CellValue, label: string): CellView {
  const view = cellView(v);
  return view.kind === 'error' && view.error && view.error.origin === null ? { ...view, error: { ...view.error, origin: label } } : view;
}

/**
 * What the grid shows of a value. Never throws: a value that cannot be shown (a bug of ours, or memory)
 * becomes a #LIMIT! view saying what, so one cell never blanks the others.
 */
export function cellView(v: CellValue): CellView {
  try {
    return viewOf(v);
  } catch (e) {
    const err = unprintableJSON(v, e);
    return { kind: 'error', text: err.code, error: { code: err.code, message: err.message, origin: null } };
  }
}

function viewOf(v: CellValue): CellView {
  if (isTensor(v)) {
    const head = Array.from(v.data.subarray(0, PREVIEW_ELEMENTS));
    const view: CellView = { kind: v.dtype === 'bool' ? 'bool' : 'tensor', text: tensorText(v, head), shape: [...v.shape], head };
    const block = spillBlock(v);
    if (block) view.block = block;
    if (v.dtype === 'float64') {
      view.requiresGrad = v.requiresGrad;
      view.gradFn = v.gradFn;
      // A 0-D tensor's number is its `head`: an array each for a million scalar cells was most of what the
      // page's collector had to walk (issue 10).
      if (v.rank === 1 && v.size <= SERIES_LIMIT) view.series = Float64Array.from(v.data);
    }
    if (v.nonfinite) view.nonfinite = { op: v.nonfinite.op, cell: v.nonfinite.cell };
    if (v.note) view.note = v.note;
    return view;
  }
  switch (v.kind) {
    case 'text':
      return { kind: 'text', text: v.value };
    case 'function':
      return { kind: 'function', text: `λ(${v.params.join(', ')})` };
    case 'tuple':
      return { kind: 'tuple', text: tupleText(v) };
    case 'error':
      return { kind: 'error', text: v.code, error: { code: v.code, message: v.message, origin: v.origin } };
    case 'empty':
      return { kind: 'empty', text: '' };
  }
}
