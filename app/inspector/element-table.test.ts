import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, axisWindow, indexLabel, tableLayout } from './element-table';

describe('tableLayout', () => {
  it('lists 1-D and higher ranks, and shows 2-D as a matrix', () => {
    expect(tableLayout([10000])).toEqual({ mode: 'list', rows: 10000, cols: 1 });
    expect(tableLayout([5, 3])).toEqual({ mode: 'matrix', rows: 5, cols: 3 });
    expect(tableLayout([2, 3, 4])).toEqual({ mode: 'list', rows: 24, cols: 1 });
  });
});

describe('indexLabel', () => {
  it('is the index for 1-D and the multi-index beyond', () => {
    expect(indexLabel(9999, [10000])).toBe('9999');
    expect(indexLabel(23, [2, 3, 4])).toBe('(1, 2, 3)');
    expect(indexLabel(5, [2, 3, 4])).toBe('(0, 1, 1)');
  });
});

describe('axisWindow', () => {
  it('shows the rows in view and a margin, drawn where they are', () => {
    const w = axisWindow(220, 110, 10000, 22);
    expect(w).toEqual({ first: 4, last: 21, extent: 220000, base: 0 });
    expect(axisWindow(0, 110, 3, 22)).toEqual({ first: 0, last: 2, extent: 66, base: 0 });
  });
  it('reaches the last of 2^24 rows at the end of a capped scrollbar', () => {
    const count = 2 ** 24;
    const end = axisWindow(MAX_SCROLL_PX - 220, 220, count, 22);
    expect(end.extent).toBe(MAX_SCROLL_PX);
    expect(end.last).toBe(count - 1);
    // The last row's bottom is the viewport's bottom.
    expect(end.base + count * 22).toBeCloseTo(MAX_SCROLL_PX, 3);
    const mid = axisWindow((MAX_SCROLL_PX - 220) / 2, 220, count, 22);
    expect(Math.abs(mid.first - count / 2)).toBeLessThan(20);
  });
  it('is empty for no items and clamps a scroll past either end', () => {
    expect(axisWindow(50, 100, 0, 22)).toMatchObject({ first: 0, last: -1 });
    expect(axisWindow(-50, 100, 100, 22).first).toBe(0);
    expect(axisWindow(1e9, 100, 100, 22).last).toBe(99);
  });
});
