// Owns a cell value's JSON, exactly as the command line prints it (SPEC §8) and `Workbook.get` returns it.

import { errors } from '../engine/errors';
import { limits } from '../engine/limits';
import { shapeLimitError } from '../engine/shape';
import { type Tensor, isTensor } from '../engine/tensor';
import type { CellValue, TupleValue } from '../engine/value';

export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';
export type JsonNested = JsonNumber | boolean | JsonNested[];

/** A cell's JSON whose tensors' `value` is a V: the nested numbers, or (for the command line) the tensor to write them from. */
export type CellJSONOf<V> =
  | {
      kind: 'tensor';
      shape: number[];
      value: V;
      requires_grad: boolean;
      grad_fn: string | null;
      /** Where a NaN or ±inf in the value began (SPEC §5), when it holds one. */
      nonfinite?: { op: string; cell: string | null };
      note?: string;
    }
  | { kind: 'bool'; shape: number[]; value: V }
  | { kind: 'text'; value: string }
  | { kind: 'function'; params: string[] }
  | { kind: 'tuple'; items: CellJSONOf<V>[] }
  | { kind: 'error'; code: string; message: string; origin?: string }
  | { kind: 'empty' };

export type CellJSON = CellJSONOf<JsonNested>;

export function jsonNumber(x: number): JsonNumber {
  if (Number.isFinite(x)) return x === 0 ? 0 : x; // -0 prints as 0, as JSON has no negative zero
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/**
 * A tensor's values as nested arrays (a 0-D tensor is a bare number). Built bottom-up without
 * recursion: the rows of the last dim straight from the data, then grouped dim by dim. Shapes are
 * bounded (engine/shape.ts shapeLimitError), so so is this.
 */
export function nestedJSON(t: Tensor): JsonNested {
  const { data, shape } = t;
  checkPrintable(t);
  const bool = t.dtype === 'bool';
  const conv = (x: number): JsonNested => (bool ? x !== 0 : jsonNumber(x));
  if (shape.length === 0) return conv(data[0]);
  const zero = shape.indexOf(0);
  if (zero >= 0) return emptyNested(shape.slice(0, zero));
  const n = shape[shape.length - 1];
  const level = new Array<JsonNested>(data.length / n);
  for (let r = 0, k = 0; r < level.length; r++) {
    const row = new Array<JsonNested>(n);
    for (let j = 0; j < n; j++) row[j] = conv(data[k++]);
    level[r] = row;
  }
  return groupRows(level, shape.slice(0, -1));
}

/**
 * Throws (for cellJSON's guard to report) when a tensor's shape is past the limits every tensor the
 * engine makes is held to: a tensor made some other way must not make the printer run out of memory.
 */
export function checkPrintable(t: Tensor): void {
  const beyond = shapeLimitError('print', t.shape, Math.max(limits.maxElements, t.size));
  if (beyond) throw new RangeError(beyond.message);
}

/** Groups `level` (one entry per index of `outer`, row-major) into nested arrays of `outer`'s shape. */
function groupRows(level: JsonNested[], outer: readonly number[]): JsonNested[] {
  for (let d = outer.length - 1; d >= 0; d--) {
    const n = outer[d];
    const grouped = new Array<JsonNested>(level.length / n);
    for (let i = 0; i < grouped.length; i++) grouped[i] = level.slice(i * n, (i + 1) * n);
    level = grouped;
  }
  return level[0] as JsonNested[];
}

/** Nested empty lists for the dims before a shape's first zero: [2, 0] is [[], []], [0, 3] is []. */
function emptyNested(outer: readonly number[]): JsonNested[] {
  if (outer.length === 0) return [];
  const count = outer.reduce((a, b) => a * b, 1);
  return groupRows(
    Array.from({ length: count }, () => []),
    outer,
  );
}

function leafJSON<V>(v: Exclude<CellValue, TupleValue>, valueOf: (t: Tensor) => V): CellJSONOf<V> {
  if (isTensor(v)) {
    const shape = [...v.shape];
    if (v.dtype === 'bool') return { kind: 'bool', shape, value: valueOf(v) };
    const out: CellJSONOf<V> = { kind: 'tensor', shape, value: valueOf(v), requires_grad: v.requiresGrad, grad_fn: v.gradFn };
    if (v.nonfinite) out.nonfinite = { op: v.nonfinite.op, cell: v.nonfinite.cell };
    if (v.note) out.note = v.note;
    return out;
  }
  switch (v.kind) {
    case 'text':
      return { kind: 'text', value: v.value };
    case 'function':
      return { kind: 'function', params: [...v.params] };
    case 'error':
      return v.origin
        ? { kind: 'error', code: v.code, message: v.message, origin: v.origin }
        : { kind: 'error', code: v.code, message: v.message };
    case 'empty':
      return { kind: 'empty' };
  }
}

/**
 * The JSON of any value, tensors' values made by `valueOf`. Tuples are walked with an explicit stack
 * (their depth and size are capped where they are built, engine/value.ts), and a shared item is
 * written each time it appears, as SPEC §8's JSON has no references.
 */
export function cellJSONWith<V>(v: CellValue, valueOf: (t: Tensor) => V): CellJSONOf<V> {
  if (v.kind !== 'tuple') return leafJSON(v, valueOf);
  const root: CellJSONOf<V>[] = [];
  const stack: { from: TupleValue; into: CellJSONOf<V>[] }[] = [{ from: v, into: root }];
  while (stack.length > 0) {
    const { from, into } = stack.pop()!;
    for (const item of from.items) {
      if (item.kind === 'tuple') {
        const items: CellJSONOf<V>[] = [];
        into.push({ kind: 'tuple', items });
        stack.push({ from: item, into: items });
      } else into.push(leafJSON(item, valueOf));
    }
  }
  return { kind: 'tuple', items: root };
}

/** What a value is, in a few words, for a message about it (never its contents). */
function describeValue(v: CellValue): string {
  if (isTensor(v)) return `a tensor of shape ${errors.fmtShape(v.shape)}`;
  // A tuple's counts are plain numbers, readable even when its items are what failed.
  return v.kind === 'tuple' ? `a tuple printing as ${v.count.toLocaleString('en-US')} values` : `a ${v.kind}`;
}

/**
 * The cell value's JSON. Never throws: the caps where values are made keep printing bounded, and
 * should anything still fail (memory, a bug of ours), the cell prints as a #LIMIT! saying what.
 */
export function cellJSON(v: CellValue): CellJSON {
  try {
    return cellJSONWith(v, nestedJSON);
  } catch (e) {
    return unprintableJSON(v, e);
  }
}

/** The #LIMIT! a value prints as when printing it failed with `e`. */
export function unprintableJSON(v: CellValue, e: unknown): { kind: 'error'; code: string; message: string } {
  const err = errors.unprintable(describeValue(v), e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  return { kind: 'error', code: err.code, message: err.message };
}
