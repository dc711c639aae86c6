// Owns printing a cell value as PyTorch 2 prints it (torch/_tensor_str.py, default print options,
// torch.set_default_dtype(torch.float64)): one number format per tensor, PyTorch's line breaks,
// summarization past 1,000 elements and the requires_grad / grad_fn suffixes.

import type { Tensor } from '../engine/tensor';
import { isTensor } from '../engine/tensor';
import type { CellValue, TupleValue } from '../engine/value';
import { formatExponent, formatFixed, pyStrRepr } from './py-format';

/** PyTorch's default print options (torch.set_printoptions(profile='default')). */
const PRECISION = 4;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;
const LINE_WIDTH = 80;
const PREFIX = 'tensor(';

/** How every element of one tensor is written: PyTorch's _Formatter, chosen from the whole tensor. */
interface Formatter {
  width: number;
  format(x: number): string;
}

function boolFormatter(values: Iterable<number>): Formatter {
  let width = 1;
  for (const x of values) width = Math.max(width, x ? 4 : 5);
  return { width, format: (x) => (x ? 'True' : 'False').padStart(width) };
}

/** _Formatter for a floating tensor: integer mode (`4.`), fixed (`4.5000`) or scientific (`4.5000e+00`). */
function floatFormatter(values: Iterable<number>): Formatter {
  const nonzeroFinite: number[] = [];
  for (const x of values) if (Number.isFinite(x) && x !== 0) nonzeroFinite.push(x);
  let intMode = true;
  let sciMode = false;
  let width = 1;
  if (nonzeroFinite.length > 0) {
    let min = Infinity;
    let max = 0;
    for (const x of nonzeroFinite) {
      const a = Math.abs(x);
      min = Math.min(min, a);
      max = Math.max(max, a);
      if (x !== Math.ceil(x)) intMode = false;
    }
    // The thresholds are PyTorch's: a wide range or huge values go scientific; so do tiny ones, unless
    // every value is a whole number.
    sciMode = max / min > 1000 || max > 1e8 || (!intMode && min < 1e-4);
    for (const x of nonzeroFinite) {
      const len = sciMode ? formatExponent(x, PRECISION).length : intMode ? formatFixed(x, 0).length + 1 : formatFixed(x, PRECISION).length;
      width = Math.max(width, len);
    }
  }
  const format = (x: number): string => {
    let s: string;
    if (sciMode) s = formatExponent(x, PRECISION);
    else if (intMode) s = formatFixed(x, 0) + (Number.isFinite(x) ? '.' : '');
    else s = formatFixed(x, PRECISION);
    return s.padStart(width);
  };
  return { width, format };
}

/** The indices printed along one dim: all, or the first and last EDGE_ITEMS when summarizing. */
function shownIndices(n: number, summarize: boolean): number[] {
  if (summarize && n > 2 * EDGE_ITEMS) {
    return [...Array.from({ length: EDGE_ITEMS }, (_, i) => i), ...Array.from({ length: EDGE_ITEMS }, (_, i) => n - EDGE_ITEMS + i)];
  }
  return Array.from({ length: n }, (_, i) => i);
}

/** The values the formatter sees: every element, or only the printed ones when summarizing (get_summarized_data). */
function* shownValues(t: Tensor, summarize: boolean): Generator<number> {
  if (!summarize) {
    yield* t.data;
    return;
  }
  const dims = t.shape.map((n) => shownIndices(n, true));
  const strides = t.shape.map((_, d) => t.shape.slice(d + 1).reduce((a, b) => a * b, 1));
  const at = dims.map(() => 0);
  // An odometer over the shown indices of every dim.
  for (;;) {
    let offset = 0;
    for (let d = 0; d < dims.length; d++) offset += dims[d][at[d]] * strides[d];
    yield t.data[offset];
    let d = dims.length - 1;
    while (d >= 0 && ++at[d] === dims[d].length) at[d--] = 0;
    if (d < 0) return;
  }
}

/** _vector_str: one dim of elements, wrapped to the line width. */
function vectorStr(t: Tensor, offset: number, indent: number, summarize: boolean, f: Formatter): string {
  const n = t.shape[t.shape.length - 1];
  const perLine = Math.max(1, Math.floor((LINE_WIDTH - indent) / (f.width + 2)));
  const items: string[] = [];
  const idx = shownIndices(n, summarize);
  idx.forEach((i, k) => {
    if (k > 0 && i !== idx[k - 1] + 1) items.push(' ...');
    items.push(f.format(t.data[offset + i]));
  });
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(', '));
  return `[${lines.join(`,\n${' '.repeat(indent + 1)}`)}]`;
}

/** _tensor_str_with_formatter for the sub-tensor at `offset` starting at dim `dim`. Recursion depth is the rank. */
function nestedStr(t: Tensor, dim: number, offset: number, indent: number, summarize: boolean, f: Formatter): string {
  const rank = t.shape.length;
  if (dim === rank - 1) return vectorStr(t, offset, indent, summarize, f);
  const stride = t.shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const idx = shownIndices(t.shape[dim], summarize);
  const slices: string[] = [];
  idx.forEach((i, k) => {
    if (k > 0 && i !== idx[k - 1] + 1) slices.push('...');
    slices.push(nestedStr(t, dim + 1, offset + i * stride, indent + 1, summarize, f));
  });
  return `[${slices.join(`,${'\n'.repeat(rank - dim - 1)}${' '.repeat(indent + 1)}`)}]`;
}

/** _add_suffixes: each suffix goes on the last line unless that would pass the line width. */
function addSuffixes(body: string, suffixes: readonly string[]): string {
  let out = body;
  let lastLineLen = body.length - body.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLen + suffix.length + 2 > LINE_WIDTH) {
      out += `,\n${' '.repeat(PREFIX.length)}${suffix}`;
      lastLineLen = PREFIX.length + suffix.length;
    } else {
      out += `, ${suffix}`;
      lastLineLen += suffix.length + 2;
    }
  }
  return `${out})`;
}

/**
 * The most elements a tensor's repr shows. PyTorch summarizes only dims longer than 2 × EDGE_ITEMS,
 * so a tensor of many short dims ([4] × 12) would print every one of its 16,777,216 elements.
 */
const REPR_SHOWN_LIMIT = 10_000;

/** How many elements the repr would show. */
function shownCount(t: Tensor, summarize: boolean): number {
  let n = 1;
  for (const d of t.shape) n *= summarize && d > 2 * EDGE_ITEMS ? 2 * EDGE_ITEMS : d;
  return n;
}

/** A tensor exactly as `repr(t)` prints it in PyTorch 2 with float64 as the default dtype (up to REPR_SHOWN_LIMIT elements shown). */
export function tensorRepr(t: Tensor): string {
  const suffixes: string[] = [];
  let body: string;
  const shown = shownCount(t, t.size > THRESHOLD);
  if (shown > REPR_SHOWN_LIMIT) {
    const n = (x: number): string => x.toLocaleString('en-US');
    body = `[... ${n(shown)} elements not printed: PyTorch would show each one; the limit here is ${n(REPR_SHOWN_LIMIT)} ...]`;
    suffixes.push(`size=(${t.shape.join(', ')})`);
    if (t.dtype === 'bool') suffixes.push('dtype=torch.bool');
  } else if (t.size === 0) {
    if (t.rank !== 1) suffixes.push(`size=(${t.shape.join(', ')})`);
    if (t.dtype === 'bool') suffixes.push('dtype=torch.bool');
    body = '[]';
  } else {
    const summarize = t.size > THRESHOLD;
    const values = shownValues(t, summarize);
    const f = t.dtype === 'bool' ? boolFormatter(values) : floatFormatter(values);
    body = t.rank === 0 ? f.format(t.data[0]) : nestedStr(t, 0, 0, PREFIX.length, summarize, f);
  }
  if (t.gradFn !== null) suffixes.push(`grad_fn=<${t.gradFn}>`);
  else if (t.requiresGrad) suffixes.push('requires_grad=True');
  return addSuffixes(PREFIX + body, suffixes);
}

/** About the most characters a repr of a tuple runs to; past it the rest is left out, with a note saying so. */
export const REPR_TEXT_LIMIT = 100_000;

function leafRepr(value: Exclude<CellValue, TupleValue>): string {
  if (isTensor(value)) return tensorRepr(value);
  switch (value.kind) {
    case 'text':
      return pyStrRepr(value.value);
    case 'function':
      return value.name === null ? `<function λ(${value.params.join(', ')})>` : `<built-in function ${value.name}>`;
    case 'error':
      return `${value.code}: ${value.message}`;
    case 'empty':
      return '';
  }
}

/**
 * Any cell value as a PyTorch user would see it printed: tensors as `repr(tensor)`, tuples as Python
 * tuples, text as a Python string, functions as `<function λ(x, y)>`, errors as `#CODE!: message`.
 * An empty cell prints as nothing. Tuples are walked with an explicit stack (a shared item prints each
 * time it appears), and printing stops past REPR_TEXT_LIMIT characters with a note.
 */
export function torchRepr(value: CellValue): string {
  if (value.kind !== 'tuple') return leafRepr(value);
  let out = '';
  // What is left to print, last first: values, and the punctuation between and after them.
  const todo: (CellValue | string)[] = [value];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (typeof next === 'string') out += next;
    else if (out.length > REPR_TEXT_LIMIT) {
      return `${out} ... (not printed past ${REPR_TEXT_LIMIT.toLocaleString('en-US')} characters; the tuple prints as ${value.count.toLocaleString('en-US')} values, counting shared ones each time)`;
    } else if (next.kind === 'tuple') {
      out += '(';
      const items = next.items;
      todo.push(items.length === 1 ? ',)' : ')');
      for (let i = items.length - 1; i >= 0; i--) {
        todo.push(items[i]);
        if (i > 0) todo.push(', ');
      }
    } else out += leafRepr(next);
  }
  return out;
}
