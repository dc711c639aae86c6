// Owns what the grid shows of a cell value: a compact text, the shape badge, flags, and numbers for charts.

import { isTensor, type Tensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';

export interface CellView {
  kind: 'tensor' | 'bool' | 'text' | 'function' | 'tuple' | 'error' | 'empty';
  /** What the cell shows: `3.1416`, `[1, 2, 3]`, `λ(x, y)`, `#SHAPE!`. */
  text: string;
  shape?: number[];
  requiresGrad?: boolean;
  gradFn?: string | null;
  /** Where a NaN or ±inf in this value began. */
  nonfinite?: { op: string; cell: string | null };
  error?: { code: string; message: string; origin: string | null };
  note?: string;
  /** The numbers of a 0-D or 1-D float tensor (for charts and sliders), up to SERIES_LIMIT of them. */
  series?: Float64Array;
}

export const SERIES_LIMIT = 100_000;
const PREVIEW_ELEMENTS = 6;

/** A number as a sheet shows it: integers whole, others to 6 significant digits. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e15)) return x.toExponential(4).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(6)));
}

/** A short preview of a tensor's values: nested brackets, the first few elements of each row. */
function preview(t: Tensor): string {
  const fmt = t.dtype === 'bool' ? (x: number) => (x ? 'True' : 'False') : formatNumber;
  if (t.rank === 0) return fmt(t.data[0]);
  const { shape, data } = t;
  let out = '';
  let budget = PREVIEW_ELEMENTS;
  const walk = (dim: number, offset: number, stride: number): void => {
    out += '[';
    const n = shape[dim];
    const inner = stride / n;
    for (let i = 0; i < n; i++) {
      if (budget <= 0) {
        out += '…';
        break;
      }
      if (i > 0) out += ', ';
      if (dim === shape.length - 1) {
        out += fmt(data[offset + i]);
        budget--;
      } else walk(dim + 1, offset + i * inner, inner);
    }
    out += ']';
  };
  walk(0, 0, t.size);
  return out;
}

export function cellView(v: CellValue): CellView {
  if (isTensor(v)) {
    const view: CellView = { kind: v.dtype === 'bool' ? 'bool' : 'tensor', text: preview(v), shape: [...v.shape] };
    if (v.dtype === 'float64') {
      view.requiresGrad = v.requiresGrad;
      view.gradFn = v.gradFn;
      if (v.rank <= 1 && v.size <= SERIES_LIMIT) view.series = Float64Array.from(v.data);
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
      return { kind: 'tuple', text: `(${v.items.map((i) => cellView(i).text).join(', ')})`.slice(0, 80) };
    case 'error':
      return { kind: 'error', text: v.code, error: { code: v.code, message: v.message, origin: v.origin } };
    case 'empty':
      return { kind: 'empty', text: '' };
  }
}
