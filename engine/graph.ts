// Owns nodes and edges of the dependency graph; knows nothing about formulas or values.

/** A node id: a cell, a workbook name, or a hub such as the backward roots. */
export type NodeId = number;

const NONE: ReadonlySet<NodeId> = new Set();

export class DependencyGraph {
  /** For each node, the nodes it reads (its precedents). */
  private readonly precedents = new Map<NodeId, Set<NodeId>>();
  /** For each node, the nodes that read it. */
  private readonly dependents = new Map<NodeId, Set<NodeId>>();

  precedentsOf(id: NodeId): ReadonlySet<NodeId> {
    return this.precedents.get(id) ?? NONE;
  }

  dependentsOf(id: NodeId): ReadonlySet<NodeId> {
    return this.dependents.get(id) ?? NONE;
  }

  /** Replaces what `id` reads with `reads`, keeping the reverse edges in step. */
  setPrecedents(id: NodeId, reads: Iterable<NodeId>): void {
    const prev = this.precedents.get(id);
    // Most cells of a big sheet read nothing: wiring them allocates nothing.
    if (prev === undefined && Array.isArray(reads) && reads.length === 0) return;
    const next = new Set(reads);
    if (prev) {
      for (const p of prev) if (!next.has(p)) this.unlink(p, id);
    }
    for (const p of next) {
      if (prev?.has(p)) continue;
      let ds = this.dependents.get(p);
      if (!ds) this.dependents.set(p, (ds = new Set()));
      ds.add(id);
    }
    if (next.size > 0) this.precedents.set(id, next);
    else this.precedents.delete(id);
  }

  /** Adds one precedent to what `id` reads (a cell made inside a large range the node stands for). */
  addPrecedent(id: NodeId, p: NodeId): void {
    let ps = this.precedents.get(id);
    if (!ps) this.precedents.set(id, (ps = new Set()));
    ps.add(p);
    let ds = this.dependents.get(p);
    if (!ds) this.dependents.set(p, (ds = new Set()));
    ds.add(id);
  }

  private unlink(p: NodeId, id: NodeId): void {
    const ds = this.dependents.get(p);
    if (!ds) return;
    ds.delete(id);
    if (ds.size === 0) this.dependents.delete(p);
  }
}
