import { describe, expect, it } from 'vitest';
import { Workbook } from './book';
import { inspectCell } from './inspect';
import type { BackwardSteps } from './inspect-backward';

function book(cells: [string, string][]): Workbook {
  const b = new Workbook();
  b.setMany(cells);
  return b;
}

/** The numbers of a cell's tensor, flat. */
const numbers = (b: Workbook, label: string): number[] => {
  const j = b.get(label);
  return j.kind === 'tensor' ? (j.value as number[]).flat(4) : [];
};

const stepNames = (s: BackwardSteps): string[] =>
  s.order.map((id) => `${s.nodes[id].name}${s.nodes[id].cell ? ` ${s.nodes[id].cell}` : ''}`);

const blitz: [string, string][] = [
  ['A1', '=torch.ones(2, 2, requires_grad=True)'],
  ['A2', '=A1 + 2'],
  ['A3', '=A2 * A2 * 3'],
  ['A4', '=A3.mean()'],
];

describe('backwardSteps', () => {
  it('replays a grad cell: the gradient at the leaf is what grad gives', () => {
    const b = book([...blitz, ['B1', '=grad(A4, A1)'], ['B2', '=torch.autograd.grad(A3, A1, torch.tensor([[0.25, 0.5], [0.75, 1.]]))']]);
    const s = inspectCell(b, 'Sheet1!B1')!.backward!;
    expect(s.source).toEqual({ kind: 'grad-cell', cell: 'Sheet1!B1', y: 'Sheet1!A4', x: 'Sheet1!A1' });
    expect(s.error).toBeNull();
    const leaf = s.nodes[s.focus!];
    expect(leaf.name).toBe('AccumulateGrad');
    expect(leaf.grad!.values).toEqual(numbers(b, 'Sheet1!B1'));
    expect(leaf.grad!.values).toEqual([4.5, 4.5, 4.5, 4.5]);
    expect(s.nodes[0].grad!.values).toEqual([1]); // the root receives v = 1
    const v = inspectCell(b, 'Sheet1!B2')!.backward!;
    expect(v.upstream.values).toEqual([0.25, 0.5, 0.75, 1]);
    expect(v.nodes[v.focus!].grad!.values).toEqual(numbers(b, 'Sheet1!B2'));
  });

  it('reads a grad cell whose y and x are workbook names, on a sheet of its own', () => {
    const b = new Workbook();
    b.addSheet('My sheet');
    b.setMany([
      ["'My sheet'!A1", '=torch.ones(2, 2, requires_grad=True)'],
      ["'My sheet'!A2", '=(x + 2) * (x + 2) * 3'],
      ["'My sheet'!A3", '=torch.autograd.grad(outputs=z, inputs=x, grad_outputs=ones(2, 2) * 2)'],
    ]);
    b.setName('x', "'My sheet'!$A$1");
    b.setName('z', "'My sheet'!A2");
    const s = inspectCell(b, 'My sheet!A3')!.backward!;
    expect(s.source).toEqual({ kind: 'grad-cell', cell: 'My sheet!A3', y: 'My sheet!A2', x: 'My sheet!A1' });
    expect(s.upstream.values).toEqual([2, 2, 2, 2]);
    expect(s.nodes[s.focus!].grad!.values).toEqual(numbers(b, 'My sheet!A3'));
    expect(numbers(b, 'My sheet!A3')).toEqual([36, 36, 36, 36]);
  });

  it('follows every recorded operation when x does not require grad, as grad does', () => {
    const b = book([
      ['A1', '=tensor([1., 2.])'],
      ['A2', '=ones(2, requires_grad=true)'],
      ['A3', '=(A1 * A1 * A2).sum()'],
      ['B1', '=grad(A3, A1)'],
    ]);
    const s = inspectCell(b, 'Sheet1!B1')!.backward!;
    expect(stepNames(s)).toEqual(['SumBackward0 Sheet1!A3', 'MulBackward0', 'Leaf Sheet1!A2', 'MulBackward0', 'Leaf Sheet1!A1']);
    expect(s.nodes[s.focus!].cell).toBe('Sheet1!A1');
    expect(s.nodes[s.focus!].grad!.values).toEqual(numbers(b, 'Sheet1!B1'));
    expect(numbers(b, 'Sheet1!B1')).toEqual([2, 4]);
  });

  it('steps in the order autograd runs its rules: each node after every node that feeds it a gradient', () => {
    const b = book([...blitz, ['B1', '=grad(A4, A1)']]);
    const s = inspectCell(b, 'Sheet1!B1')!.backward!;
    expect(stepNames(s)).toEqual([
      'MeanBackward0 Sheet1!A4',
      'MulBackward0 Sheet1!A3',
      'MulBackward0',
      'AddBackward0 Sheet1!A2',
      'AccumulateGrad Sheet1!A1',
    ]);
    expect(new Set(s.order).size).toBe(s.nodes.length);
    for (let k = 0; k < s.order.length; k++) for (const next of s.nodes[s.order[k]].next) expect(s.order.indexOf(next)).toBeGreaterThan(k);
    // y * y: the shared AddBackward0 receives both products' parts summed, 2 * 3 * y / 4 = 4.5
    expect(s.nodes.find((n) => n.name === 'AddBackward0')!.grad!.values).toEqual([4.5, 4.5, 4.5, 4.5]);
  });

  it('uses a backward root whose graph holds the cell, else the tensor itself with v = ones', () => {
    const b = book([...blitz, ['B1', '=A4.backward()'], ['C1', '=A2 * 5']]);
    const s = inspectCell(b, 'Sheet1!A2')!.backward!;
    expect(s.source).toEqual({ kind: 'backward-root', cell: 'Sheet1!B1' });
    expect(s.nodes[s.focus!].cell).toBe('Sheet1!A2');
    expect(s.nodes[s.focus!].grad!.values).toEqual([4.5, 4.5, 4.5, 4.5]);
    const own = inspectCell(b, 'Sheet1!C1')!.backward!;
    expect(own.source).toEqual({ kind: 'self', cell: 'Sheet1!C1' });
    expect(own.upstream.values).toEqual([1, 1, 1, 1]);
    expect(own.nodes[own.nodes.length - 1].grad!.values).toEqual([5, 5, 5, 5]);
    expect(inspectCell(b, 'Sheet1!D9')!.backward).toBeNull();
    expect(inspectCell(book([['A1', '=ones(2)']]), 'Sheet1!A1')!.backward).toBeNull();
  });

  it('says why a grad cell cannot be replayed and falls back, never throwing', () => {
    const b = book([...blitz, ['B1', '=grad(A3.sum() + A9, A1)'], ['B2', '=grad(A3, A1)'], ['B3', '=grad(']]);
    const s = inspectCell(b, 'Sheet1!B1')!.backward;
    expect(s?.note ?? 'none').toContain('cannot be replayed');
    const b2 = inspectCell(b, 'Sheet1!B2')!.backward!; // an error value: y needs an upstream tensor
    expect([b2.note, b2.nodes.length]).toEqual(['this grad(...) has a y of more than one element and no upstream tensor v', 0]);
    expect(inspectCell(b, 'Sheet1!B3')!.backward).toBeNull();
  });
});

describe('replay limits', () => {
  it('does not replay a pass through tensors too large for the inspector, and says why', () => {
    const b = book([
      ['A1', '=ones(2100, 2100, requires_grad=true)'],
      ['A2', '=(A1 * 2).sum()'],
    ]);
    const s = inspectCell(b, 'Sheet1!A2')!.backward!;
    expect(s.error).toContain('too many to replay here');
    expect(s.nodes.map((n) => n.name)).toEqual(['SumBackward0', 'MulBackward0', 'AccumulateGrad']);
    expect(s.nodes.every((n) => n.grad === null)).toBe(true);
    expect(s.order).toEqual([]);
  });
});

describe('accumulationOf', () => {
  it('lists each backward root, its upstream and contribution, and their sum is x.grad', () => {
    const b = book([
      ['A1', '=tensor([1., 2.], requires_grad=true)'],
      ['A2', '=backward((A1 * A1).sum())'],
      ['A3', '=backward(A1 * 3, tensor([1., 10.]))'],
      ['A4', '=backward(ones(2).sum())'],
      ['A5', '=A1.grad'],
    ]);
    for (const label of ['Sheet1!A1', 'Sheet1!A5']) {
      const acc = inspectCell(b, label)!.accumulation!;
      expect(acc.x).toBe('Sheet1!A1');
      expect(acc.roots.map((r) => r.cell)).toEqual(['Sheet1!A2', 'Sheet1!A3']);
      expect(acc.roots.map((r) => r.v.values)).toEqual([[1], [1, 10]]);
      expect(acc.roots.map((r) => r.contribution!.values)).toEqual([
        [2, 4],
        [3, 30],
      ]);
      expect(acc.unrelated).toBe(1);
      expect(acc.sum!.values).toEqual(numbers(b, 'Sheet1!A5'));
      expect(acc.sum!.values).toEqual([5, 34]);
    }
    expect(inspectCell(b, 'Sheet1!A4')!.accumulation).toBeNull();
  });

  it('shows an x.grad cell with no root at all, and leaves out a leaf no root reaches', () => {
    const b = book([
      ['A1', '=ones(2, requires_grad=true)'],
      ['A2', '=A1.grad'],
    ]);
    expect(inspectCell(b, 'Sheet1!A2')!.accumulation).toEqual({ x: 'Sheet1!A1', roots: [], sum: null, unrelated: 0, truncated: false });
    expect(inspectCell(b, 'Sheet1!A1')!.accumulation).toBeNull();
  });
});
