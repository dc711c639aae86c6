import { describe, expect, it } from 'vitest';
import { formatMs, heatCells } from './heat';

describe('the profiler heat map', () => {
  it('places each profiled cell of the sheet shown, hot against the slowest cell of the workbook', () => {
    const cells = [
      { cell: 'Sheet2!A1', ms: 40 },
      { cell: 'Sheet1!B3', ms: 20 },
      { cell: "'My sheet'!C2", ms: 10 },
      { cell: 'Sheet1!A1', ms: 0.001 },
    ];
    expect(heatCells(cells, 'Sheet1')).toEqual([{ col: 1, row: 2, heat: 0.5, ms: 20 }]);
    expect(heatCells(cells, 'My sheet')).toEqual([{ col: 2, row: 1, heat: 0.25, ms: 10 }]);
    expect(heatCells([], 'Sheet1')).toEqual([]);
    expect(heatCells([{ cell: 'Sheet1!A1', ms: 0 }], 'Sheet1')).toEqual([]);
  });

  it('says times in ms, or µs below a millisecond', () => {
    expect([formatMs(1234.5), formatMs(12.345), formatMs(0.5), formatMs(0.0123), formatMs(0.0004), formatMs(0)]).toEqual([
      '1235 ms',
      '12.3 ms',
      '500 µs',
      '12.3 µs',
      '0.40 µs',
      '0 ms',
    ]);
  });
});
