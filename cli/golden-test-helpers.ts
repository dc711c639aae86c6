// Owns how a cell's JSON is compared with PyTorch's expected JSON: the rules of the golden cases
// (kind and error code exact, numbers within atol + rtol·|want|, non-finite strings exact).

import type { CellJSON } from '../formula/cell-json';
import { closeValues } from '../formula/test-helpers';

type Json = unknown;

/** Why `got` differs from `want`, or null when it matches. */
export function mismatch(got: CellJSON | undefined, want: Record<string, Json>, rtol: number, atol: number): string | null {
  if (got === undefined) return 'missing';
  if (got.kind !== want.kind)
    return `kind ${got.kind}, expected ${String(want.kind)}${got.kind === 'error' ? ` (${got.code}: ${got.message})` : ''}`;
  switch (got.kind) {
    case 'error':
      return got.code === want.code ? null : `code ${got.code}, expected ${String(want.code)} (${got.message})`;
    case 'text':
      return got.value === want.value ? null : `text ${JSON.stringify(got.value)}, expected ${JSON.stringify(want.value)}`;
    case 'tuple': {
      const items = want.items as Record<string, Json>[];
      if (got.items.length !== items.length) return `tuple of ${got.items.length}, expected ${items.length}`;
      for (let i = 0; i < items.length; i++) {
        const m = mismatch(got.items[i], items[i], rtol, atol);
        if (m) return `item ${i}: ${m}`;
      }
      return null;
    }
    case 'tensor':
    case 'bool': {
      if (JSON.stringify(got.shape) !== JSON.stringify(want.shape))
        return `shape ${JSON.stringify(got.shape)}, expected ${JSON.stringify(want.shape)}`;
      if (!closeValues(got.value, want.value, rtol, atol))
        return `value ${JSON.stringify(got.value).slice(0, 160)}, expected ${JSON.stringify(want.value).slice(0, 160)}`;
      for (const key of ['requires_grad', 'grad_fn'] as const) {
        if (key in want && (got as Record<string, Json>)[key] !== want[key])
          return `${key} ${JSON.stringify((got as Record<string, Json>)[key])}, expected ${JSON.stringify(want[key])}`;
      }
      // The op a NaN/±inf flag names, where the case gives PyTorch's (its anomaly mode's backward function).
      if ('nonfinite' in want) {
        const op = got.kind === 'tensor' ? got.nonfinite?.op : undefined;
        const expected = (want.nonfinite as { op: string }).op;
        if (op !== expected) return `nonfinite origin ${JSON.stringify(op ?? null)}, expected ${JSON.stringify(expected)}`;
      }
      return null;
    }
    default:
      return null;
  }
}
