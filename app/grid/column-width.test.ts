import { describe, expect, it } from 'vitest';
import { autofitWidth, clampWidth, withColumnWidth } from './column-width';

describe('column widths', () => {
  it('are whole pixels between 24 and 1000', () => {
    expect([-5, 23.6, 80.4, 5000].map(clampWidth)).toEqual([24, 24, 80, 1000]);
  });

  it('are set on a sheet and removed again, leaving no empty map', () => {
    const sheet = { name: 'S', cells: { A1: '1' } };
    const wide = withColumnWidth(sheet, 'B', 200);
    expect(wide).toEqual({ name: 'S', cells: { A1: '1' }, colWidths: { B: 200 } });
    expect(withColumnWidth(withColumnWidth(wide, 'C', 10), 'B', null)).toEqual({ name: 'S', cells: { A1: '1' }, colWidths: { C: 24 } });
    expect(withColumnWidth(wide, 'B', null)).toEqual(sheet);
    expect(sheet).toEqual({ name: 'S', cells: { A1: '1' } });
  });

  it('fit the widest content plus the cell padding, or go back to the default for an empty column', () => {
    expect(autofitWidth([30, 180.2, 7])).toBe(195);
    expect(autofitWidth([2])).toBe(24);
    expect(autofitWidth([4000])).toBe(1000);
    expect(autofitWidth([])).toBeNull();
  });
});
