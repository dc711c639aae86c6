// Owns a cell value's JSON, exactly as the command line prints it (SPEC §8) and `Workbook.get` returns it.

import { type Nested, type Tensor, isTensor, toNested } from '../engine/tensor';
import type { CellValue } from '../engine/value';

export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity';
export type JsonNested = JsonNumber | boolean | JsonNested[];

export type CellJSON =
  | {
      kind: 'tensor';
      shape: number[];
      value: JsonNested;
      requires_grad: boolean;
      grad_fn: string | null;
      /** Where a NaN or ±inf in the value began (SPEC §5), when it holds one. */
      nonfinite?: { op: string; cell: string | null };
      note?: string;
    }
  | { kind: 'bool'; shape: number[]; value: JsonNested }
  | { kind: 'text'; value: string }
  | { kind: 'function'; params: string[] }
  | { kind: 'tuple'; items: CellJSON[] }
  | { kind: 'error'; code: string; message: string; origin?: string }
  | { kind: 'empty' };

function jsonNumber(x: number): JsonNumber {
  if (Number.isFinite(x)) return x === 0 ? 0 : x; // -0 prints as 0, as JSON has no negative zero
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function jsonNested(v: Nested): JsonNested {
  if (Array.isArray(v)) return v.map(jsonNested);
  return typeof v === 'boolean' ? v : jsonNumber(v);
}

function tensorJSON(t: Tensor): CellJSON {
  const shape = [...t.shape];
  const value = jsonNested(toNested(t));
  if (t.dtype === 'bool') return { kind: 'bool', shape, value };
  const out: CellJSON = { kind: 'tensor', shape, value, requires_grad: t.requiresGrad, grad_fn: t.gradFn };
  if (t.nonfinite) out.nonfinite = { op: t.nonfinite.op, cell: t.nonfinite.cell };
  if (t.note) out.note = t.note;
  return out;
}

export function cellJSON(v: CellValue): CellJSON {
  if (isTensor(v)) return tensorJSON(v);
  switch (v.kind) {
    case 'text':
      return { kind: 'text', value: v.value };
    case 'function':
      return { kind: 'function', params: [...v.params] };
    case 'tuple':
      return { kind: 'tuple', items: v.items.map(cellJSON) };
    case 'error':
      return v.origin ? { kind: 'error', code: v.code, message: v.message, origin: v.origin } : { kind: 'error', code: v.code, message: v.message };
    case 'empty':
      return { kind: 'empty' };
  }
}
