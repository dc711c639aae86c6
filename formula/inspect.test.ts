import { describe, expect, it } from 'vitest';
import { Workbook } from './book';
import { GRAPH_LIMIT, type GraphNode, inspectCell } from './inspect';

function book(cells: [string, string][]): Workbook {
  const b = new Workbook();
  b.setMany(cells);
  return b;
}

/** The graph as `name cell -> next names`, one line per node, for readable assertions. */
const lines = (nodes: GraphNode[]): string[] =>
  nodes.map((n) => `${n.name}${n.cell ? ` ${n.cell}` : ''} -> ${n.next.map((i) => nodes[i].name).join(', ')}`);

describe('inspectCell', () => {
  it('walks next_functions from the cell down to AccumulateGrad, each node once', () => {
    const b = book([
      ['A1', '=linspace(-2, 2, 25, requires_grad=true)'],
      ['A2', '=exp(2 * A1 ** 2 * sin(A1))'],
    ]);
    const info = inspectCell(b, 'Sheet1!A2')!;
    expect(lines(info.graph)).toEqual([
      'ExpBackward0 Sheet1!A2 -> MulBackward0',
      'MulBackward0 -> MulBackward0, SinBackward0',
      'MulBackward0 -> PowBackward0', // 2 * A1**2: the constant 2 is PyTorch's None, left out
      'SinBackward0 -> AccumulateGrad',
      'PowBackward0 -> AccumulateGrad',
      'AccumulateGrad Sheet1!A1 -> ',
    ]);
    expect(info.graph[0].shape).toEqual([25]);
    expect(info.graph[3].next).toEqual(info.graph[4].next); // one AccumulateGrad for A1, shared
    expect(info.truncated).toBe(false);
    expect(info.history).toBeNull();
    expect(info.repr).toContain('grad_fn=<ExpBackward0>');
    expect(info.precedents).toEqual(['Sheet1!A1']);
    expect(inspectCell(b, 'Sheet1!A1')!.dependents).toEqual(['Sheet1!A2']);
  });

  it('goes from a composite straight to its own inputs, as PyTorch shows mean and mse_loss', () => {
    const b = book([
      ['A1', '=ones(2, 2, requires_grad=true)'],
      ['A2', '=(A1 * 3).mean()'],
      ['A3', '=mse_loss(A1, [[0, 1], [1, 0]])'],
    ]);
    expect(lines(inspectCell(b, 'Sheet1!A2')!.graph)).toEqual([
      'MeanBackward0 Sheet1!A2 -> MulBackward0',
      'MulBackward0 -> AccumulateGrad',
      'AccumulateGrad Sheet1!A1 -> ',
    ]);
    expect(lines(inspectCell(b, 'Sheet1!A3')!.graph)).toEqual([
      'MseLossBackward0 Sheet1!A3 -> AccumulateGrad',
      'AccumulateGrad Sheet1!A1 -> ',
    ]);
  });

  it('names the cells an intermediate node belongs to, through names too', () => {
    const b = book([
      ['A1', '=ones(2, 2, requires_grad=true)'],
      ['A2', '=x + 2'],
      ['A3', '=A2 * A2 * 3'],
      ['A4', '=A3.mean()'],
    ]);
    b.setName('x', 'Sheet1!A1');
    const info = inspectCell(b, 'Sheet1!A4')!;
    expect(info.graph.map((n) => [n.name, n.cell])).toContainEqual(['AddBackward0', 'Sheet1!A2']);
    expect(info.graph.map((n) => [n.name, n.cell])).toContainEqual(['MulBackward0', 'Sheet1!A3']);
    expect(info.graph.filter((n) => n.name === 'AccumulateGrad').map((n) => n.cell)).toEqual(['Sheet1!A1']);
    expect(info.repr).toBe('tensor(27., grad_fn=<MeanBackward0>)');
  });

  it('names the cell that made a tensor, not a cell that only refers to it', () => {
    const b = book([
      ['A1', '=B1 * 2'],
      ['B1', '=C1'],
      ['C1', '=tensor(3.0, requires_grad=true)'],
    ]);
    const info = inspectCell(b, 'Sheet1!A1')!;
    expect(lines(info.graph)).toEqual(['MulBackward0 Sheet1!A1 -> AccumulateGrad', 'AccumulateGrad Sheet1!C1 -> ']);
  });

  it('shows a leaf that requires grad as itself, with no graph', () => {
    const info = inspectCell(book([['A1', '=ones(2, requires_grad=true)']]), 'Sheet1!A1')!;
    expect(info.graph).toEqual([]);
    expect(info.history).toBeNull();
    expect(info.repr).toBe('tensor([1., 1.], requires_grad=True)');
  });

  it('gives no graph but the recorded history for a value that does not require grad', () => {
    const b = book([
      ['A1', '=linspace(0, 1, 3)'],
      ['A2', '=sin(A1) * 2'],
      ['A3', '=grad(A2, A1, ones_like(A2))'],
    ]);
    const info = inspectCell(b, 'Sheet1!A2')!;
    expect(info.graph).toEqual([]);
    expect(info.json).toMatchObject({ requires_grad: false, grad_fn: null });
    expect(lines(info.history!.nodes)).toEqual(['MulBackward0 Sheet1!A2 -> SinBackward0', 'SinBackward0 -> Leaf', 'Leaf Sheet1!A1 -> ']);
    expect(info.history!.truncated).toBe(false);
  });

  it('cuts a long graph at the limit and says so', () => {
    const b = book([
      ['A1', '=tensor(1.0, requires_grad=true)'],
      ['A2', '=repeat(500, A1, y => y * 1.001)'],
    ]);
    const info = inspectCell(b, 'Sheet1!A2')!;
    expect(info.graph.length).toBe(GRAPH_LIMIT);
    expect(info.truncated).toBe(true);
    expect(info.graph.every((n) => n.next.every((i) => i < GRAPH_LIMIT))).toBe(true);
  });

  it('walks a 100,000-node chain without recursion', () => {
    const b = book([
      ['A1', '=tensor(1.0, requires_grad=true)'],
      ['A2', '=repeat(100000, A1, y => y + 1)'],
    ]);
    const info = inspectCell(b, 'Sheet1!A2')!;
    expect(info.graph.length).toBe(GRAPH_LIMIT);
    expect(info.repr).toBe('tensor(100001., grad_fn=<AddBackward0>)');
  });

  it('prints errors, text and empty cells, and is null for what is not a cell', () => {
    const b = book([
      ['A1', '=[1, 2] + [1, 2, 3]'],
      ['A2', '=A1 * 2'],
      ['A3', 'hello'],
    ]);
    const err = inspectCell(b, 'Sheet1!A2')!;
    expect(err.repr).toMatch(/^#SHAPE!: /);
    expect(err.json).toMatchObject({ kind: 'error', code: '#SHAPE!', origin: 'Sheet1!A1' });
    expect(inspectCell(b, 'Sheet1!A3')!.repr).toBe("'hello'");
    expect(inspectCell(b, 'Sheet1!B9')).toMatchObject({ input: '', repr: '', graph: [], json: { kind: 'empty' } });
    expect(inspectCell(b, 'Nowhere!A1')).toBeNull();
  });
});
