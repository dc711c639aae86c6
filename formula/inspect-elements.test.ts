import { describe, expect, it } from 'vitest';
import { Workbook } from './book';
import { ELEMENT_PAGE_LIMIT, inspectElements } from './inspect';

function book(cells: [string, string][]): Workbook {
  const b = new Workbook();
  b.setMany(cells);
  return b;
}

describe('inspectElements', () => {
  it('reads a window of a 2-D tensor row by row', () => {
    const page = inspectElements(book([['A1', '=reshape(arange(12), 3, 4)']]), 'Sheet1!A1', { row: 1, col: 1, rows: 2, cols: 2 })!;
    expect({ ...page, data: [...page.data] }).toEqual({
      label: 'Sheet1!A1',
      shape: [3, 4],
      kind: 'float64',
      row: 1,
      col: 1,
      rows: 2,
      cols: 2,
      data: [5, 6, 9, 10],
    });
  });
  it('reads a 1-D or higher-rank tensor as one column, a scalar as 1 × 1, clipped to the tensor', () => {
    const b = book([
      ['A1', '=arange(10)'],
      ['A2', '=reshape(arange(8), 2, 2, 2)'],
      ['A3', '7'],
      ['A4', '=[true, false]'],
    ]);
    expect([...inspectElements(b, 'Sheet1!A1', { row: 8, col: 0, rows: 50, cols: 3 })!.data]).toEqual([8, 9]);
    expect(inspectElements(b, 'Sheet1!A2', { row: 6, col: 0, rows: 9, cols: 1 })).toMatchObject({ shape: [2, 2, 2], rows: 2, cols: 1 });
    expect([...inspectElements(b, 'Sheet1!A3', { row: 0, col: 0, rows: 5, cols: 5 })!.data]).toEqual([7]);
    expect(inspectElements(b, 'Sheet1!A4', { row: 0, col: 0, rows: 5, cols: 1 })).toMatchObject({ kind: 'bool', rows: 2 });
  });
  it('never answers with more than ELEMENT_PAGE_LIMIT elements, nor breaks on a bad window', () => {
    const b = book([['A1', '=zeros(4096, 4096)']]);
    const page = inspectElements(b, 'Sheet1!A1', { row: 0, col: 0, rows: 1e9, cols: 4096 })!;
    expect(page.data.length).toBeLessThanOrEqual(ELEMENT_PAGE_LIMIT);
    expect(page.rows * page.cols).toBe(page.data.length);
    expect(inspectElements(b, 'Sheet1!A1', { row: NaN, col: -5, rows: Infinity, cols: 2 })).toMatchObject({
      row: 0,
      col: 0,
      cols: 2,
      rows: 0,
    });
  });
  it('is null for a cell without a tensor', () => {
    expect(inspectElements(book([['A1', 'hello']]), 'Sheet1!A1', { row: 0, col: 0, rows: 1, cols: 1 })).toBeNull();
  });
});
