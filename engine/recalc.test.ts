import { describe, expect, it } from 'vitest';
import { DependencyGraph } from './graph';
import { type RecalcHooks, recalc } from './recalc';

/** A toy sheet: each node's value is its input (default 1) + the sum of its precedents' values. */
function sheet(edges: [number, number[]][]) {
  const graph = new DependencyGraph();
  for (const [id, reads] of edges) graph.setPrecedents(id, reads);
  const values = new Map<number, number>();
  const order: number[] = [];
  const cyclic = new Set<number>();
  const inputs = new Map<number, number>();
  const hooks = {
    compute: (id: number) => {
      order.push(id);
      let v = inputs.get(id) ?? 1;
      for (const p of graph.precedentsOf(id)) v += cyclic.has(p) ? NaN : (values.get(p) ?? 0);
      const changed = values.get(id) !== v;
      values.set(id, v);
      return changed;
    },
    cycle: (ids: readonly number[]) => ids.forEach((i) => cyclic.add(i)),
  };
  return {
    graph,
    values,
    order,
    cyclic,
    inputs,
    hooks,
    run: (dirty: number[], extra: Partial<RecalcHooks> = {}) => recalc(graph, dirty, { ...hooks, ...extra }),
  };
}

describe('recalc', () => {
  it('computes each dependent once, after its precedents', () => {
    // 1 → 2, 1 → 3, {2, 3} → 4 (a diamond)
    const s = sheet([
      [2, [1]],
      [3, [1]],
      [4, [2, 3]],
    ]);
    const stats = s.run([1]);
    expect(stats.computed).toBe(4);
    expect(s.order[0]).toBe(1);
    expect(s.order[3]).toBe(4);
    expect(s.values.get(4)).toBe(5);
  });

  it('touches only what depends on the edit', () => {
    const s = sheet([
      [2, [1]],
      [3, [2]],
      [5, [4]],
      [6, [5]],
    ]);
    s.run([1, 4]);
    s.order.length = 0;
    s.inputs.set(4, 10);
    expect(s.run([4]).computed).toBe(3);
    expect(s.order).toEqual([4, 5, 6]);
  });

  it('stops where a value came out unchanged', () => {
    const s = sheet([
      [2, [1]],
      [3, [2]],
    ]);
    s.run([1]);
    s.order.length = 0;
    const stats = s.run([1]); // 1 recomputes to the same value: 2 and 3 need not run
    expect(stats).toEqual({ computed: 1, skipped: 2, cyclic: 0 });
  });

  it('marks every node on a cycle and computes what lies downstream of it', () => {
    const s = sheet([
      [1, [3]],
      [2, [1]],
      [3, [2]],
      [4, [3]],
      [5, [5]],
    ]);
    const stats = s.run([1, 5]);
    expect([...s.cyclic].sort()).toEqual([1, 2, 3, 5]);
    expect(stats.cyclic).toBe(4);
    expect(s.values.get(4)).toBeNaN();
  });

  it('heals a cycle once it is broken', () => {
    const s = sheet([
      [1, [2]],
      [2, [1]],
    ]);
    s.run([1]);
    expect(s.cyclic.size).toBe(2);
    s.cyclic.clear();
    s.graph.setPrecedents(1, []);
    s.run([1]);
    expect(s.cyclic.size).toBe(0);
    expect(s.values.get(2)).toBe(2);
  });

  it('runs a 100,000-node chain without recursion', () => {
    const n = 100_000;
    const s = sheet(Array.from({ length: n - 1 }, (_, i) => [i + 2, [i + 1]] as [number, number[]]));
    expect(s.run([1]).computed).toBe(n);
    expect(s.values.get(n)).toBe(n);
  });

  it('runs slow nodes after every cheap node that does not read them, wherever they come in the order', () => {
    // 1 and 6 are slow, the first and the last; 3 reads 1; 2, 4 and 5 are cheap and independent.
    const s = sheet([
      [1, []],
      [2, []],
      [3, [1]],
      [4, []],
      [5, []],
      [6, []],
    ]);
    s.run([1, 2, 3, 4, 5, 6], { slow: (id) => id === 1 || id === 6 });
    expect(new Set(s.order.slice(0, 3))).toEqual(new Set([2, 4, 5]));
    expect(s.order.indexOf(3)).toBeGreaterThan(s.order.indexOf(1));
    expect(s.values.get(3)).toBe(2);
    expect(s.order.indexOf(1)).toBeLessThan(s.order.indexOf(6));
  });

  it('runs slow nodes lowest id first, whichever became ready first', () => {
    // 2 reads 1 and 3 reads nothing: 3 is ready first, yet 2 runs before it.
    const s = sheet([
      [1, []],
      [2, [1]],
      [3, []],
    ]);
    s.run([1, 2, 3], { slow: (id) => id !== 1 });
    expect(s.order).toEqual([1, 2, 3]);
  });

  it('asks whether a node is slow only when it will be computed', () => {
    const s = sheet([
      [2, [1]],
      [3, [2]],
    ]);
    s.run([1]);
    const asked: number[] = [];
    s.run([1], { slow: (id) => (asked.push(id), false) });
    expect(asked).toEqual([1]);
  });

  it('reports progress before each computation, with what the run has not reached yet', () => {
    // 1 → 2 → 3, and 4 alone.
    const s = sheet([
      [2, [1]],
      [3, [2]],
      [4, []],
    ]);
    const seen: [number, number[]][] = [];
    s.run([1, 4], { progress: (next, remaining) => seen.push([next, remaining().sort()]) });
    expect(seen.map(([next]) => next)).toEqual(s.order);
    const at = (id: number) => seen.find(([next]) => next === id)![1];
    expect(at(s.order[0])).toEqual([1, 2, 3, 4].filter((id) => id !== s.order[0]).sort());
    expect(at(3)).toEqual(s.order.slice(s.order.indexOf(3) + 1).sort());
    // Skipped nodes get no report: nothing changed upstream of 2 and 3 the second time.
    seen.length = 0;
    s.run([1], { progress: (next, remaining) => seen.push([next, remaining()]) });
    expect(seen).toEqual([[1, [2, 3]]]);
  });
});
