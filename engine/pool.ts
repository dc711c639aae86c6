// Owns the reuse of large data arrays whose end of life is known. A fresh multi-megabyte typed array
// costs as much again as the arithmetic that fills it (the memory is faulted in and zeroed page by
// page, then handed back to the system after the next GC); an array taken from here is only zeroed.
// Only a backward pass without history knows when its gradients die (see autograd.ts): it opens a
// scope, and may give back any array allocated inside that scope which nothing refers to any more.

import { forgetChecked } from './nonfinite';

/** Below this many elements the system allocator is as fast. */
const POOL_MIN = 1 << 16;
/** At most this much memory waits here for reuse. */
const POOL_MAX_BYTES = 64 * 2 ** 20;

/** Whether an array of this many elements would be reused at all (smaller ones are not worth a scope). */
export const poolable = (n: number): boolean => n >= POOL_MIN;

const free = new Map<number, Float64Array[]>();
let freeBytes = 0;
/** Arrays handed out while a scope is open: the only ones that scope may give back. */
let fresh: Set<Float64Array> | null = null;

/** A zeroed array of length n, reused when one is waiting. */
export function takeData(n: number): Float64Array {
  let out: Float64Array | undefined;
  if (poolable(n)) {
    out = free.get(n)?.pop();
    if (out !== undefined) {
      freeBytes -= out.byteLength;
      out.fill(0);
      forgetChecked(out); // its NaN verdict was about what it held before
    }
  }
  out ??= new Float64Array(n);
  fresh?.add(out);
  return out;
}

export interface PoolScope {
  /** Gives back an array allocated in this scope that nothing will read or write again. */
  giveBack(data: Float64Array): void;
  close(): void;
}

/** Opens a scope, or returns null when one is open already (a nested backward pass gives nothing back). */
export function openScope(): PoolScope | null {
  if (fresh !== null) return null;
  const mine = new Set<Float64Array>();
  fresh = mine;
  return {
    giveBack(data) {
      // Only once, and only what this scope made: a second give-back of one array would hand it out twice.
      if (!mine.delete(data) || !poolable(data.length) || freeBytes + data.byteLength > POOL_MAX_BYTES) return;
      let list = free.get(data.length);
      if (!list) free.set(data.length, (list = []));
      list.push(data);
      freeBytes += data.byteLength;
    },
    close() {
      if (fresh === mine) fresh = null;
    },
  };
}
