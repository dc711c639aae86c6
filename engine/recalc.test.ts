import { describe, expect, it } from 'vitest';
import { DependencyGraph } from './graph';
import { recalc } from './recalc';

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
  return { graph, values, order, cyclic, inputs, run: (dirty: number[]) => recalc(graph, dirty, hooks) };
}

describe('recalc', () => {
  it('computes each dependent once, after its precedents', () => {
    // 1 → 2, 1 → 3, {2, 3} → 4 (a diamond)
    const s = sheet([[2, [1]], [3, [1]], [4, [2, 3]]]);
    const stats = s.run([1]);
    expect(stats.computed).toBe(4);
    expect(s.order[0]).toBe(1);
    expect(s.order[3]).toBe(4);
    expect(s.values.get(4)).toBe(5);
  });

  it('touches only what depends on the edit', () => {
    const s = sheet([[2, [1]], [3, [2]], [5, [4]], [6, [5]]]);
    s.run([1, 4]);
    s.order.length = 0;
    s.inputs.set(4, 10);
    expect(s.run([4]).computed).toBe(3);
    expect(s.order).toEqual([4, 5, 6]);
  });

  it('stops where a value came out unchanged', () => {
    const s = sheet([[2, [1]], [3, [2]]]);
    s.run([1]);
    s.order.length = 0;
    const stats = s.run([1]); // 1 recomputes to the same value: 2 and 3 need not run
    expect(stats).toEqual({ computed: 1, skipped: 2, cyclic: 0 });
  });

  it('marks every node on a cycle and computes what lies downstream of it', () => {
    const s = sheet([[1, [3]], [2, [1]], [3, [2]], [4, [3]], [5, [5]]]);
    const stats = s.run([1, 5]);
    expect([...s.cyclic].sort()).toEqual([1, 2, 3, 5]);
    expect(stats.cyclic).toBe(4);
    expect(s.values.get(4)).toBeNaN();
  });

  it('heals a cycle once it is broken', () => {
    const s = sheet([[1, [2]], [2, [1]]]);
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
});
