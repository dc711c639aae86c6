import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../formula/inspect';
import { addressOf, graphRows, kindText, railsOf, selectLabel, shortLabel, tensorProps } from './inspector-model';

const node = (id: number, name: string, next: number[], cell: string | null = null): GraphNode => ({ id, name, cell, shape: [25], next });

/** Rows as the tree draws them: rails, name, and ↑ for a repeat. */
const drawn = (nodes: GraphNode[]) => graphRows(nodes).map((r) => `${r.prefix}${r.node.name}${r.repeat ? ' ↑' : ''}`);

describe('graphRows', () => {
  it('draws exp(2 * A1**2 * sin(A1)) down to its one AccumulateGrad', () => {
    const nodes = [
      node(0, 'ExpBackward0', [1], 'Sheet1!A2'),
      node(1, 'MulBackward0', [2, 3]),
      node(2, 'MulBackward0', [4]),
      node(3, 'SinBackward0', [5]),
      node(4, 'PowBackward0', [5]),
      node(5, 'AccumulateGrad', [], 'Sheet1!A1'),
    ];
    expect(drawn(nodes)).toEqual([
      'ExpBackward0',
      'MulBackward0',
      '├ MulBackward0',
      '│ PowBackward0',
      '│ AccumulateGrad',
      '└ SinBackward0',
      '  AccumulateGrad ↑',
    ]);
  });

  it('nests branches inside branches, and repeats an input used twice', () => {
    const nodes = [node(0, 'AddBackward0', [1, 2, 3]), node(1, 'A', [4, 4]), node(2, 'B', []), node(3, 'C', [1]), node(4, 'D', [])];
    expect(drawn(nodes)).toEqual(['AddBackward0', '├ A', '│ ├ D', '│ └ D ↑', '├ B', '└ C', '  A ↑']);
  });

  it('keeps a long chain narrow and does not recurse', () => {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => node(i, 'MulBackward0', i + 1 < n ? [i + 1] : []));
    const rows = graphRows(nodes);
    expect(rows.length).toBe(n);
    expect(rows.every((r) => r.prefix === '')).toBe(true);
  });

  it('is empty for an empty graph', () => expect(graphRows([])).toEqual([]));

  it('splits a prefix into rails to draw', () => {
    expect(railsOf('│   ├ ')).toEqual(['pipe', 'blank', 'tee']);
    expect(railsOf('└ ')).toEqual(['elbow']);
    expect(railsOf('')).toEqual([]);
  });
});

describe('tensorProps', () => {
  it('names what PyTorch shows for a result, a leaf and a boolean tensor', () => {
    expect(tensorProps({ kind: 'tensor', shape: [2, 2], value: [], requires_grad: true, grad_fn: 'MulBackward0' })).toEqual([
      ['shape', 'torch.Size([2, 2])'],
      ['dtype', 'torch.float64'],
      ['requires_grad', 'True'],
      ['grad_fn', '<MulBackward0>'],
      ['is_leaf', 'False'],
    ]);
    expect(tensorProps({ kind: 'tensor', shape: [], value: 1, requires_grad: true, grad_fn: null })).toContainEqual(['is_leaf', 'True']);
    expect(tensorProps({ kind: 'bool', shape: [2], value: [true, false] })).toContainEqual(['dtype', 'torch.bool']);
    expect(tensorProps({ kind: 'text', value: 'x' })).toEqual([]);
  });
});

describe('labels', () => {
  it('reads a label relative to the sheet in view', () => {
    expect(shortLabel('Sheet1!A1', 'Sheet1')).toBe('A1');
    expect(shortLabel('Sheet2!B3', 'Sheet1')).toBe('Sheet2!B3');
    expect(shortLabel('My sheet!B3', 'Sheet1')).toBe("'My sheet'!B3");
    expect(addressOf('My sheet!C4')).toEqual({ sheet: 'My sheet', col: 2, row: 3 });
    expect(kindText({ kind: 'tensor', shape: [2, 3], value: [], requires_grad: false, grad_fn: null })).toBe('tensor [2, 3]');
    expect(kindText({ kind: 'tensor', shape: [], value: 1, requires_grad: false, grad_fn: null })).toBe('scalar');
  });

  it('selects a cell, showing its sheet first when it is another', () => {
    const calls: string[] = [];
    let sheet = 'Sheet1';
    const store = {
      activeSheet: () => sheet,
      actions: {
        showSheet: (name: string) => {
          sheet = name;
          calls.push(`show ${name}`);
        },
        select: (s: { focus: { col: number; row: number } }) => calls.push(`select ${s.focus.col},${s.focus.row}`),
      },
    };
    selectLabel(store, 'Sheet1!A1');
    selectLabel(store, 'Sheet2!B3');
    expect(calls).toEqual(['select 0,0', 'show Sheet2', 'select 1,2']);
  });
});
