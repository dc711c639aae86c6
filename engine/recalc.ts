// Owns recalculation: computes what an edit reaches, once each, in topological order, stopping where
// a value came out unchanged; finds cycles with an iterative Tarjan and reports every node on them.

import type { DependencyGraph, NodeId } from './graph';

export interface RecalcHooks {
  /** Computes a node; returns whether its value changed (false lets propagation stop there). */
  compute(id: NodeId): boolean;
  /** Marks nodes that lie on a cycle; they are not computed. */
  cycle(ids: readonly NodeId[]): void;
}

export interface RecalcStats {
  computed: number;
  skipped: number;
  cyclic: number;
}

/**
 * Recomputes everything downstream of `dirty` (nodes whose own definition changed). A node runs
 * only if it is dirty itself or a precedent changed in this run.
 */
export function recalc(graph: DependencyGraph, dirty: Iterable<NodeId>, hooks: RecalcHooks): RecalcStats {
  const roots = new Set(dirty);
  // Everything downstream of the roots, each with how many of its precedents are downstream too:
  // counted in the one walk, edge by edge.
  const indegree = new Map<NodeId, number>();
  const stack: NodeId[] = [];
  for (const r of roots) {
    if (!indegree.has(r)) {
      indegree.set(r, 0);
      stack.push(r);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const d of graph.dependentsOf(id)) {
      const n = indegree.get(d);
      if (n === undefined) {
        indegree.set(d, 1);
        stack.push(d);
      } else indegree.set(d, n + 1);
    }
  }
  // A node runs when it is dirty itself or a precedent changed; a change marks the dependents as it
  // releases them, so no node looks back over its precedents.
  const marked = new Set<NodeId>(roots);
  const stats: RecalcStats = { computed: 0, skipped: 0, cyclic: 0 };
  const ready: NodeId[] = [];
  for (const [id, n] of indegree) if (n === 0) ready.push(id);

  const release = (id: NodeId, changed: boolean): void => {
    for (const d of graph.dependentsOf(id)) {
      const n = indegree.get(d);
      if (n === undefined) continue;
      if (changed) marked.add(d);
      indegree.set(d, n - 1);
      if (n === 1) ready.push(d);
    }
  };
  const drain = (): void => {
    while (ready.length > 0) {
      const id = ready.pop()!;
      indegree.delete(id);
      let changed = false;
      if (marked.has(id)) {
        stats.computed++;
        changed = hooks.compute(id);
      } else stats.skipped++;
      release(id, changed);
    }
  };

  drain();
  if (indegree.size > 0) {
    // What is left waits on a cycle: mark the nodes on cycles, then compute the rest downstream of them.
    const onCycle = cyclicNodes(graph, new Set(indegree.keys()));
    stats.cyclic = onCycle.length;
    if (onCycle.length > 0) hooks.cycle(onCycle);
    for (const id of onCycle) {
      indegree.delete(id);
      for (const d of graph.dependentsOf(id)) marked.add(d);
    }
    for (const id of indegree.keys()) {
      let n = 0;
      for (const p of graph.precedentsOf(id)) if (indegree.has(p)) n++;
      indegree.set(id, n);
      if (n === 0 && !ready.includes(id)) ready.push(id);
    }
    drain();
  }
  return stats;
}

/** Nodes of `within` that lie on a cycle (an SCC of two or more, or a self-loop): iterative Tarjan. */
export function cyclicNodes(graph: DependencyGraph, within: ReadonlySet<NodeId>): NodeId[] {
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
