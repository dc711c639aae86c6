// Opening a big workbook whose cells share one formula or one number (issue 10): each cell still gets a value
// of its own (autograd tells values apart by identity). Time and memory: see the report's figures and
// `node --cpu-prof` on dist/gradsheet.js.
import { describe, expect, it } from 'vitest';
import { cellName } from './address';
import { Workbook } from './book';

function bigBook(n: number, input: (i: number) => string) {
  const cells: Record<string, string> = {};
  for (let i = 0; i < n; i++) cells[cellName(i % 100, Math.floor(i / 100))] = input(i);
  return { format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells }], names: {}, charts: [] };
}

describe('Workbook.fromJSON on a big file', () => {
  it('opens 100,000 cells of `=1`, all computed', () => {
    const book = Workbook.fromJSON(bigBook(100_000, () => '=1'));
    expect(book.value('A1')).not.toBe(book.value('B1'));
    expect([book.get('A1'), book.get('CV1000')]).toEqual([
      { kind: 'tensor', shape: [], value: 1, requires_grad: false, grad_fn: null },
      { kind: 'tensor', shape: [], value: 1, requires_grad: false, grad_fn: null },
    ]);
  });

  it('opens 100,000 numbers, each cell its own value', () => {
    const book = Workbook.fromJSON(bigBook(100_000, (i) => String(i % 7)));
    expect(book.value('A1')).not.toBe(book.value('H1'));
    expect([book.get('H1'), book.get('CV1000')]).toMatchObject([{ value: 0 }, { value: 99_999 % 7 }]);
  });
});
