import { describe, expect, it } from 'vitest';
import { chartsOnSheet, neighbourOnSheet } from './sheet-charts';

const c = (sheet: string) => ({ sheet, x: '', y: ['A1'] });
const charts = [c('Sheet1'), c('Sheet2'), c('sheet1'), c('Sheet2'), c('Sheet1')];

describe('chartsOnSheet', () => {
  it("lists the sheet's charts in workbook order, matching the name case-insensitively", () => {
    expect(chartsOnSheet(charts, 'Sheet1')).toEqual([0, 2, 4]);
    expect(chartsOnSheet(charts, 'Sheet2')).toEqual([1, 3]);
    expect(chartsOnSheet(charts, 'Sheet3')).toEqual([]);
  });
});

describe('neighbourOnSheet', () => {
  it('skips charts of other sheets', () => {
    expect(neighbourOnSheet(charts, 2, -1)).toBe(0);
    expect(neighbourOnSheet(charts, 2, 1)).toBe(4);
    expect(neighbourOnSheet(charts, 1, 1)).toBe(3);
  });
  it('is null at either end of the sheet, or for no chart', () => {
    expect(neighbourOnSheet(charts, 0, -1)).toBeNull();
    expect(neighbourOnSheet(charts, 4, 1)).toBeNull();
    expect(neighbourOnSheet(charts, 3, 1)).toBeNull();
    expect(neighbourOnSheet(charts, 9, 1)).toBeNull();
  });
});
