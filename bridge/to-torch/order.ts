// Owns the order the script computes in: every node (cell or range) after what it reads, by Kahn's
// algorithm over in-degrees (no recursion), ties kept in the workbook's order; what a cycle holds up is left out.

export interface OrderResult {
  readonly order: string[];
  /** Nodes on a cycle or downstream of one, in the input order. */
  readonly stuck: string[];
}

/** `nodes` in the input order; `reads(node)` the nodes it reads (unknown ones are ignored). */
export function topoOrder(nodes: readonly string[], reads: (node: string) => Iterable<string>): OrderResult {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const indegree = new Array<number>(nodes.length).fill(0);
  const readers: number[][] = nodes.map(() => []);
  nodes.forEach((n, i) => {
    for (const r of new Set(reads(n))) {
      const j = index.get(r);
      if (j === undefined || j === i) {
        if (j === i) indegree[i]++;
        continue;
      }
      indegree[i]++;
      readers[j].push(i);
    }
  });
  // A binary heap keyed by input position keeps the script in the workbook's order where dependencies allow.
  const heap: number[] = [];
  const push = (i: number): void => {
    heap.push(i);
    for (let k = heap.length - 1; k > 0;) {
      const p = (k - 1) >> 1;
      if (heap[p] <= heap[k]) break;
      [heap[p], heap[k]] = [heap[k], heap[p]];
      k = p;
    }
  };
  const pop = (): number => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let k = 0; ;) {
        const [l, r] = [2 * k + 1, 2 * k + 2];
        let m = k;
        if (l < heap.length && heap[l] < heap[m]) m = l;
        if (r < heap.length && heap[r] < heap[m]) m = r;
        if (m === k) break;
        [heap[m], heap[k]] = [heap[k], heap[m]];
        k = m;
      }
    }
    return top;
  };
  indegree.forEach((d, i) => d === 0 && push(i));
  const order: string[] = [];
  const done = new Array<boolean>(nodes.length).fill(false);
  while (heap.length > 0) {
    const i = pop();
    order.push(nodes[i]);
    done[i] = true;
    for (const j of readers[i]) if (--indegree[j] === 0) push(j);
  }
  return { order, stuck: nodes.filter((_, i) => !done[i]) };
}
