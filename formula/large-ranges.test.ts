import { describe, expect, it } from 'vitest';
import { Workbook } from './book';

const readers = (n: number, formula: string): Record<string, string> => {
  const cells: Record<string, string> = {};
  for (let i = 1; i <= n; i++) cells[`CW${i}`] = formula;
  return cells;
};

const open = (cells: Record<string, string>): Workbook =>
  Workbook.fromJSON({ format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells }], names: {}, charts: [] });

describe('large ranges', () => {
  it('are read once per recalculation however many cells read them, and follow edits inside them', () => {
    const b = open({ ...readers(20, '=sum(A1:CV10000)'), B5: '2' });
    for (let i = 1; i <= 20; i++) expect(b.get(`CW${i}`)).toMatchObject({ value: 2 });
    // One materialized range of a million elements, not twenty.
    expect(b.memoryHeld).toBeLessThan(3_000_000);
    b.set('B5', '7');
    b.set('CV10000', '=B5 * 2');
    expect(b.get('CW20')).toMatchObject({ value: 21 });
    b.set('B5', '');
    expect(b.get('CW1')).toMatchObject({ value: 0 });
  });

  it('are differentiable in each cell, through a name too', () => {
    const b = open({ ...readers(2, '=sum(A1:Z1000 ** 2)'), C3: '3' });
    b.setName('big', 'Sheet1!A1:Z1000');
    b.set('CX1', '=grad(CW1, C3)');
    b.set('CX2', '=grad(sum(big) * 2, C3)');
    expect(b.get('CX1')).toMatchObject({ value: 6 });
    expect(b.get('CX2')).toMatchObject({ value: 2 });
  });

  it('report a cell that is not a number, and a cycle through the range', () => {
    const b = open({ ...readers(1, '=sum(A1:Z1000)'), D4: 'text' });
    expect(b.get('CW1')).toMatchObject({ kind: 'error', code: '#VALUE!', message: 'range: cell D4 holds a text, not a number' });
    b.set('D4', '=CW1');
    expect(b.get('CW1')).toMatchObject({ kind: 'error', code: '#CYCLE!' });
    b.set('D4', '');
    expect(b.get('CW1')).toMatchObject({ value: 0 });
  });

  it('read other sheets, and follow a removed sheet', () => {
    const b = new Workbook();
    b.addSheet('Data');
    b.set('Data!A1', '5');
    b.set('Sheet1!A1', '=sum(Data!A1:Z1000)');
    expect(b.get('Sheet1!A1')).toMatchObject({ value: 5 });
    b.set('Data!Z1000', '1');
    expect(b.get('Sheet1!A1')).toMatchObject({ value: 6 });
    b.removeSheet('Data');
    expect(b.get('Sheet1!A1')).toMatchObject({ kind: 'error', code: '#REF!' });
  });
});
