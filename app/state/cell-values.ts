// Owns the values slice of the store: the views the engine worker sent back and the formula cells it
// has still to compute, each read through a signal of its own that is made only when something reads
// that cell. A million cells arrive without a million signals or store nodes: writing a view nobody
// shows is one Map.set (a Solid store's path setters cost 5-10 µs a cell, 9 s of a million-cell import).

import { type Accessor, type Setter, batch, createSignal } from 'solid-js';
import type { CellView } from '../worker/cell-view';

/** A map from label to value whose reads are tracked per key, and whose writes notify only the keys read. */
function makeKeyedSignals<V>() {
  const current = new Map<string, V>();
  const read = new Map<string, [Accessor<V | undefined>, Setter<V | undefined>]>();
  const signal = (key: string) => {
    let s = read.get(key);
    if (!s) read.set(key, (s = createSignal<V | undefined>(current.get(key))));
    return s;
  };
  return {
    get: (key: string): V | undefined => signal(key)[0](),
    set(key: string, value: V | undefined): void {
      if (value === undefined) current.delete(key);
      else current.set(key, value);
      read.get(key)?.[1](() => value);
    },
    has: (key: string): boolean => current.has(key),
    keys: () => current.keys(),
  };
}

/** How many distinct plain scalars are shared (past it, views are kept as they came). */
const SHARED_LIMIT = 50_000;
const PLAIN_KEYS = new Set(['kind', 'text', 'shape', 'head', 'requiresGrad', 'gradFn']);

/**
 * One view object for all plain scalar cells that show the same number: a million `=1` cells hold one
 * view, not three objects each for the page's collector to walk on every major collection (issue 10).
 * Views are never changed once received, so sharing one is safe.
 */
function makeSharing() {
  const shared = new Map<string, CellView>();
  return (v: CellView): CellView => {
    if ((v.kind !== 'tensor' && v.kind !== 'bool') || v.shape?.length !== 0 || v.head?.length !== 1) return v;
    for (const k in v) if (!PLAIN_KEYS.has(k)) return v;
    const key = `${v.kind}|${v.text}|${v.head[0]}|${v.requiresGrad}|${v.gradFn}`;
    const known = shared.get(key);
    if (known) return known;
    if (shared.size < SHARED_LIMIT) shared.set(key, v);
    return v;
  };
}

export function createCellValues() {
  const views = makeKeyedSignals<CellView>();
  const share = makeSharing();
  const computing = makeKeyedSignals<true>();
  let pending = new Set<string>();
  const [lastMs, setLastMs] = createSignal(0);

  return {
    /** A cell's view (undefined: empty), tracked: the caller reruns when this cell's view changes. */
    view: views.get,
    /** Whether a cell has a view (untracked). */
    has: views.has,
    /** Whether the engine has still to compute a formula cell of a long run (it shows a pending mark). */
    isComputing: (label: string): boolean => computing.get(label) === true,
    lastMs,
    /**
     * Views of changed cells. `reset`: the end of a load, whose replies `listed` every cell that has a
     * value now (with `next`); any other cell is empty.
     */
    receive(next: Record<string, CellView>, reset: boolean, ms: number, listed?: ReadonlySet<string>): void {
      batch(() => {
        for (const label in next) views.set(label, share(next[label]));
        if (reset) {
          const stale: string[] = [];
          for (const label of views.keys()) if (!listed?.has(label) && !(label in next)) stale.push(label);
          for (const label of stale) views.set(label, undefined);
        }
        setLastMs(ms);
      });
    },
    /** The formula cells a long run has still to compute: only cells that join or leave the list are told. */
    pending(labels: string[]): void {
      const next = new Set(labels);
      batch(() => {
        for (const label of pending) if (!next.has(label)) computing.set(label, undefined);
        for (const label of next) if (!pending.has(label)) computing.set(label, true);
      });
      pending = next;
    },
  };
}
