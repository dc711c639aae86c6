// Owns when a recomputed value counts as unchanged, so recalculation can stop there.

import { isTensor } from '../engine/tensor';
import type { CellValue } from '../engine/value';

/**
 * True when `next` may be replaced by `prev` without anyone noticing. Tensors with history never
 * qualify: their history names the exact upstream tensors a later `grad` must find, so a value that
 * merely looks the same would hide a changed input.
 */
export function sameValue(prev: CellValue, next: CellValue): boolean {
  if (prev === next) return true;
  if (isTensor(prev) && isTensor(next)) {
    if (prev.node !== null || next.node !== null) return false;
    if (prev.dtype !== next.dtype || prev.requiresGrad !== next.requiresGrad || prev.note !== next.note) return false;
    if (prev.shape.length !== next.shape.length || prev.shape.some((n, d) => n !== next.shape[d])) return false;
    const a = prev.data;
    const b = next.data;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (prev.kind !== next.kind) return false;
  switch (prev.kind) {
    case 'text':
      return prev.value === (next as typeof prev).value;
    case 'error':
      return (
        prev.code === (next as typeof prev).code &&
        prev.message === (next as typeof prev).message &&
        prev.origin === (next as typeof prev).origin
      );
    case 'empty':
      return true;
    default:
      return false;
  }
}
