import { describe, expect, it } from 'vitest';
import { CellRecords } from './cell-records';
import { HUB, Wiring } from './wiring';

function sheet(cells: Record<string, string>) {
  let id = 1;
  const newId = () => id++;
  let wiring: Wiring | null = null;
  const records = new CellRecords(newId, (s, c) => wiring?.largeRanges.cellMade(s.uid, c));
  wiring = new Wiring(records, newId);
  records.addSheet('Sheet1');
  for (const [ref, input] of Object.entries(cells)) records.assign(records.cellFor(ref), input);
  wiring.rewireAll();
  const cell = (ref: string) => records.existing(ref)!;
  const labels = (cs: { id: number }[]) => cs.map((c) => records.label(records.byId.get(c.id)!)).sort();
  return { records, wiring, cell, labels };
}

describe('wiring', () => {
  it('wires what a formula reads, through names, and says who reads whom', () => {
    const { records, wiring, cell, labels } = sheet({ A1: '1', A2: '=A1 * 2', A3: '=A2 + x' });
    records.names.set('x', { name: 'x', target: 'A1' });
    wiring.rewireName('x');
    wiring.wireCell(cell('A3'));
    const a1 = wiring.links(cell('A1'));
    expect(labels(a1.dependents)).toEqual(['Sheet1!A2', 'Sheet1!A3']);
    expect(labels(wiring.links(cell('A3')).precedents)).toEqual(['Sheet1!A1', 'Sheet1!A2']);
  });

  it('knows which cells declare backward roots, and that a gradient downstream differentiates a cell', () => {
    const { wiring, cell, labels } = sheet({
      A1: '=ones(2, requires_grad=true)',
      A2: '=sum(A1 * A1)',
      A3: '=backward(A2)',
      A4: '=grad(A2, A1)',
      B1: '=A1 + 1',
    });
    expect(labels(wiring.backwardCells())).toEqual(['Sheet1!A3']);
    expect(wiring.mayDifferentiate(cell('A1'))).toBe(true);
    expect(wiring.mayDifferentiate(cell('B1'))).toBe(false);
    expect(wiring.graph.precedentsOf(HUB).has(cell('A3').id)).toBe(true);
  });

  it('reports a change of backward roots when a formula starts or stops declaring one', () => {
    const { records, wiring, cell } = sheet({ A1: '=1' });
    records.assign(cell('A1'), '=backward(ones(1, requires_grad=true).sum())');
    expect(wiring.wireCell(cell('A1'))).toBe(true);
    expect(wiring.wireCell(cell('A1'))).toBe(false);
    records.assign(cell('A1'), '=2');
    expect(wiring.wireCell(cell('A1'))).toBe(true);
  });

  it('makes a large range one node that hears of cells made later', () => {
    const { records, wiring, cell } = sheet({ Z1: '=sum(A1:A10000)' });
    const [range] = wiring.graph.precedentsOf(cell('Z1').id);
    expect(records.byId.has(range)).toBe(false);
    records.assign(records.cellFor('A500'), '3');
    expect(wiring.graph.precedentsOf(range).has(cell('A500').id)).toBe(true);
  });
});
