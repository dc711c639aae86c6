// Owns recalculation: computes what an edit reaches, once each, in topological order, stopping where
// a value came out unchanged; finds cycles with an iterative Tarjan and reports every node on them.
// Nodes expected to be slow wait until every cheaper ready node has run, and a progress hook between
// computations lets a caller publish partial results while the run itself stays synchronous.

import type { DependencyGraph, NodeId } from './graph';

export interface RecalcHooks {
  /** Computes a node; returns whether its value changed (false lets propagation stop there). */
  compute(id: NodeId): boolean;
  /** Marks nodes that lie on a cycle; they are not computed. */
  cycle(ids: readonly NodeId[]): void;
  /** Whether computing a node is expected to take long; such a node runs once nothing cheaper is ready. */
  slow?(id: NodeId): boolean;
  /**
   * Called before each computation: `next` is the node about to run, `remaining()` the nodes this run
   * has not reached yet besides it. A long synchronous run can publish what it has done from here.
   */
  progress?(next: NodeId, remaining: () => NodeId[]): void;
}

export interface RecalcStats {
  computed: number;
  skipped: number;
  cyclic: number;
}

/** A dense index for any integer id (0, -1, 1, -2, … map to 0, 1, 2, 3, …), so per-node state lives in typed arrays. */
const slotOf = (id: NodeId): number => (id >= 0 ? 2 * id : -2 * id - 1);

/**
 * Per-node state of one recalculation, kept between runs so an edit allocates nothing in proportion
 * to the sheet. A node's entry counts only when its stamp equals the current run's `epoch`, so nothing
 * is ever cleared.
 */
class Scratch {
  epoch = 0;
  /** Stamped when the node is downstream of this run's roots. */
  seen = new Uint32Array(0);
  /** Stamped when a precedent changed in this run (or the node is a root). */
  marked = new Uint32Array(0);
  /** Stamped once the node has been computed or skipped. */
  done = new Uint32Array(0);
  /** Precedents of a downstream node still to run. */
  waiting = new Int32Array(0);

  /** Starts a run; every entry of an earlier run becomes stale at once. */
  begin(): void {
    if (++this.epoch === 0xffffffff) {
      this.epoch = 1;
      this.seen.fill(0);
      this.marked.fill(0);
      this.done.fill(0);
    }
  }

  fit(slot: number): void {
    if (slot < this.seen.length) return;
    const n = Math.max(slot + 1, this.seen.length * 2, 1024);
    const grow = <T extends Uint32Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const a = make(n);
      a.set(old);
      return a;
    };
    this.seen = grow(this.seen, (k) => new Uint32Array(k));
    this.marked = grow(this.marked, (k) => new Uint32Array(k));
    this.done = grow(this.done, (k) => new Uint32Array(k));
    this.waiting = grow(this.waiting, (k) => new Int32Array(k));
  }
}

const scratchOf = new WeakMap<DependencyGraph, Scratch>();

/**
 * Recomputes everything downstream of `dirty` (nodes whose own definition changed). A node runs
 * only if it is dirty itself or a precedent changed in this run.
 */
// size: the recalculation core, one algorithm read top to bottom (mark downstream, release in order, drain).
export function recalc(graph: DependencyGraph, dirty: Iterable<NodeId>, hooks: RecalcHooks): RecalcStats {
  let sc = scratchOf.get(graph);
  if (!sc) scratchOf.set(graph, (sc = new Scratch()));
  sc.begin();
  const epoch = sc.epoch;
  // Everything downstream of the roots, each with how many of its precedents are downstream too:
  // counted in the one walk, edge by edge.
  const downstream: NodeId[] = [];
  const visit = (id: NodeId, fromPrecedent: boolean): void => {
    const k = slotOf(id);
    sc.fit(k);
    if (sc.seen[k] === epoch) {
      if (fromPrecedent) sc.waiting[k]++;
      return;
    }
    sc.seen[k] = epoch;
    sc.waiting[k] = fromPrecedent ? 1 : 0;
    downstream.push(id);
  };
  for (const r of dirty) {
    visit(r, false);
    sc.marked[slotOf(r)] = epoch;
  }
  for (let i = 0; i < downstream.length; i++) for (const d of graph.dependentsOf(downstream[i])) visit(d, true);

  // A node runs when it is dirty itself or a precedent changed; a change marks the dependents as it
  // releases them, so no node looks back over its precedents.
  const stats: RecalcStats = { computed: 0, skipped: 0, cyclic: 0 };
  const ready: NodeId[] = [];
  // Slow nodes run after every cheap node that does not wait on them, lowest id first (a workbook
  // numbers its cells as it reads its file, so in the file's order). They are few: a scan picks one.
  const slowReady: NodeId[] = [];
  const takeSlow = (): NodeId => {
    let best = 0;
    for (let i = 1; i < slowReady.length; i++) if (slowReady[i] < slowReady[best]) best = i;
    const id = slowReady[best];
    slowReady[best] = slowReady[slowReady.length - 1];
    slowReady.pop();
    return id;
  };
  const release = (id: NodeId): void => {
    if (hooks.slow && sc.marked[slotOf(id)] === epoch && hooks.slow(id)) slowReady.push(id);
    else ready.push(id);
  };
  const remaining = (): NodeId[] => downstream.filter((id) => sc.done[slotOf(id)] !== epoch);
  for (const id of downstream) if (sc.waiting[slotOf(id)] === 0) release(id);
  const drain = (): void => {
    while (ready.length > 0 || slowReady.length > 0) {
      const id = ready.length > 0 ? ready.pop()! : takeSlow();
      const k = slotOf(id);
      sc.done[k] = epoch;
      let changed = false;
      if (sc.marked[k] === epoch) {
        stats.computed++;
        hooks.progress?.(id, remaining);
        changed = hooks.compute(id);
      } else stats.skipped++;
      for (const d of graph.dependentsOf(id)) {
        const j = slotOf(d);
        if (sc.seen[j] !== epoch || sc.done[j] === epoch) continue;
        if (changed) sc.marked[j] = epoch;
        if (--sc.waiting[j] === 0) release(d);
      }
    }
  };

  drain();
  const left = downstream.filter((id) => sc.done[slotOf(id)] !== epoch);
  if (left.length > 0) {
    // What is left waits on a cycle: mark the nodes on cycles, then compute the rest downstream of them.
    const onCycle = cyclicNodes(graph, new Set(left));
    stats.cyclic = onCycle.length;
    if (onCycle.length > 0) hooks.cycle(onCycle);
    for (const id of onCycle) {
      sc.done[slotOf(id)] = epoch;
      for (const d of graph.dependentsOf(id)) sc.marked[slotOf(d)] = epoch;
    }
    for (const id of left) {
      const k = slotOf(id);
      if (sc.done[k] === epoch) continue;
      let n = 0;
      for (const p of graph.precedentsOf(id)) {
        const j = slotOf(p);
        if (sc.seen[j] === epoch && sc.done[j] !== epoch) n++;
      }
      sc.waiting[k] = n;
      if (n === 0) release(id);
    }
    drain();
  }
  return stats;
}

/** Nodes of `within` that lie on a cycle (an SCC of two or more, or a self-loop): iterative Tarjan. */
function cyclicNodes(graph: DependencyGraph, within: ReadonlySet<NodeId>): NodeId[] {
  const index = new Map<NodeId, number>();
  const low = new Map<NodeId, number>();
  const onStack = new Set<NodeId>();
  const stack: NodeId[] = [];
  const out: NodeId[] = [];
  let counter = 0;
  for (const start of within) {
    if (index.has(start)) continue;
    const work: { id: NodeId; it: Iterator<NodeId> }[] = [];
    const open = (id: NodeId): void => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, it: graph.precedentsOf(id)[Symbol.iterator]() });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const next = frame.it.next();
      if (!next.done) {
        const p = next.value;
        if (!within.has(p)) continue;
        if (!index.has(p)) open(p);
        else if (onStack.has(p)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(p)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const scc: NodeId[] = [];
        let w: NodeId;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== frame.id);
        if (scc.length > 1 || graph.precedentsOf(frame.id).has(frame.id)) out.push(...scc);
      }
    }
  }
  return out;
}
