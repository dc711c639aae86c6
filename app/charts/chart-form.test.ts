import { describe, expect, it } from 'vitest';
import { chartFromFields, fieldsFromSelection, fieldsOf, normalizeRef, splitRefs } from './chart-form';

describe('chart form', () => {
  it('normalizes references relative to the sheet', () => {
    expect(normalizeRef('Sheet1', ' a2 ')).toBe('A2');
    expect(normalizeRef('Sheet1', '$B$3')).toBe('B3');
    expect(normalizeRef('Sheet1', 'Sheet1!C1')).toBe('C1');
    expect(normalizeRef('Sheet1', 'sheet2!C1')).toBe('sheet2!C1');
    expect(normalizeRef('Sheet1', "'My sheet'!C1")).toBe("'My sheet'!C1");
    expect(normalizeRef('Sheet1', 'loss')).toBeNull();
  });

  it('splits a list of references', () => {
    expect(splitRefs('A2, A3 B4;C5')).toEqual(['A2', 'A3', 'B4', 'C5']);
    expect(splitRefs("'My sheet'!A1, A2")).toEqual(["'My sheet'!A1", 'A2']);
    expect(splitRefs('  ')).toEqual([]);
  });

  it('makes a chart from the fields, with a default title', () => {
    expect(chartFromFields('Sheet1', { x: 'a1', y: 'a2, a3', title: '' })).toEqual({
      chart: { sheet: 'Sheet1', x: 'A1', y: ['A2', 'A3'], title: 'A2, A3 vs A1' },
    });
    expect(chartFromFields('Sheet1', { x: '', y: 'B2', title: ' Loss ' })).toEqual({
      chart: { sheet: 'Sheet1', x: '', y: ['B2'], title: 'Loss' },
    });
  });

  it('says which field is wrong', () => {
    expect(chartFromFields('Sheet1', { x: 'foo', y: 'A2', title: '' })).toEqual({
      error: 'x: “foo” is not a cell reference like A1 (leave it empty to plot against the index)',
    });
    expect(chartFromFields('Sheet1', { x: 'A1', y: '', title: '' })).toEqual({ error: 'y: name at least one cell, like A2 or A2, A3' });
    expect(chartFromFields('Sheet1', { x: 'A1', y: 'A2, A1:A3', title: '' })).toEqual({
      error: 'y: “A1:A3” is not a cell reference like A2',
    });
  });

  it('reads the selection in reading order, the first cell as x', () => {
    expect(fieldsFromSelection({ top: 0, left: 0, bottom: 2, right: 0 })).toEqual({ x: 'A1', y: 'A2, A3' });
    expect(fieldsFromSelection({ top: 1, left: 1, bottom: 1, right: 3 })).toEqual({ x: 'B2', y: 'C2, D2' });
    expect(fieldsFromSelection({ top: 4, left: 2, bottom: 4, right: 2 })).toEqual({ x: '', y: 'C5' });
    expect(fieldsFromSelection({ top: 0, left: 0, bottom: 1, right: 0 }, 'My sheet')).toEqual({ x: "'My sheet'!A1", y: "'My sheet'!A2" });
  });

  it('fills the form from a chart', () => {
    expect(fieldsOf({ sheet: 'Sheet1', x: 'A1', y: ['A2', 'A3'] })).toEqual({ x: 'A1', y: 'A2, A3', title: '' });
  });
});
