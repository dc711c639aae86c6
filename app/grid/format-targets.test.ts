import { describe, expect, it } from 'vitest';
import { emptyWorkbook } from '../state/document';
import { formatTargets } from './format-targets';

describe('formatTargets', () => {
  it('is every cell of a selection, whichever corner it was dragged from', () => {
    expect(formatTargets(emptyWorkbook(), 'Sheet1', { anchor: { col: 1, row: 1 }, focus: { col: 0, row: 0 } })).toEqual([
      'Sheet1!A1',
      'Sheet1!B1',
      'Sheet1!A2',
      'Sheet1!B2',
    ]);
  });
  it('is only the filled cells of a selection bigger than 10,000 cells', () => {
    const doc = emptyWorkbook();
    doc.sheets[0].cells = { A1: '1', C5000: '2', CV10000: '3' };
    expect(formatTargets(doc, 'Sheet1', { anchor: { col: 0, row: 0 }, focus: { col: 50, row: 9999 } })).toEqual([
      'Sheet1!A1',
      'Sheet1!C5000',
    ]);
  });
});
