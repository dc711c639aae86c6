import { describe, expect, it } from 'vitest';
import { type LabelLookup, LABEL_LENGTH, chartLabels, seriesLabel } from './series-labels';

function lookup(texts: Record<string, string>, names: Record<string, string> = {}, sheets = ['Sheet1', 'My sheet']): LabelLookup {
  return {
    names,
    text: (l) => texts[l] ?? null,
    sheetName: (s) => sheets.find((n) => n.toLowerCase() === s.toLowerCase()) ?? null,
  };
}

describe('seriesLabel', () => {
  it("prefers the cell's workbook name over any text around it", () => {
    const l = lookup({ 'Sheet1!G6': 'Loss', 'Sheet1!F7': 'row' }, { loss: 'Sheet1!G7', zz: 'Sheet1!G7' });
    expect(seriesLabel('Sheet1', 'G7', l)).toBe('loss');
    expect(seriesLabel('Sheet1', '$G$7', l)).toBe('loss');
  });

  it('matches names across sheets, quoting and case', () => {
    const l = lookup({}, { w: "'My sheet'!B2", other: 'Sheet1!B2:B4' });
    expect(seriesLabel('Sheet1', "'my sheet'!b2", l)).toBe('w');
    expect(seriesLabel('My sheet', 'B2', l)).toBe('w');
    // A name of a range is not the name of its first cell.
    expect(seriesLabel('Sheet1', 'B2', l)).toBe('B2');
  });

  it('takes the text above the cell, then the text to its left', () => {
    const l = lookup({ 'Sheet1!G6': '  Training   loss ', 'Sheet1!F7': 'left', 'Sheet1!F8': 'Accuracy' });
    expect(seriesLabel('Sheet1', 'G7', l)).toBe('Training loss');
    expect(seriesLabel('Sheet1', 'G8', l)).toBe('Accuracy');
  });

  it('falls back to the reference on the first row or column, or with blank text around', () => {
    expect(seriesLabel('Sheet1', 'A1', lookup({}))).toBe('A1');
    expect(seriesLabel('Sheet1', 'B2', lookup({ 'Sheet1!B1': '   ', 'Sheet1!A2': '' }))).toBe('B2');
    expect(seriesLabel('Sheet1', ' C3 ', lookup({}))).toBe('C3');
  });

  it('leaves what is not a cell, or names a missing sheet, as written', () => {
    expect(seriesLabel('Sheet1', 'x', lookup({}))).toBe('x');
    expect(seriesLabel('Sheet1', 'Nope!B2', lookup({ 'Nope!B1': 'header' }))).toBe('Nope!B2');
  });

  it('cuts long header text with an ellipsis', () => {
    const long = 'a'.repeat(100);
    const got = seriesLabel('Sheet1', 'A2', lookup({ 'Sheet1!A1': long }));
    expect(Array.from(got)).toHaveLength(LABEL_LENGTH);
    expect(got.endsWith('…')).toBe(true);
  });
});

describe('chartLabels', () => {
  it('labels x and each y; an empty x is the index', () => {
    const l = lookup({ 'Sheet1!A1': 'x', 'Sheet1!B1': 'sin x' }, { cosine: 'Sheet1!C2' });
    expect(chartLabels({ sheet: 'Sheet1', x: 'A2', y: ['B2', 'C2', 'D2'] }, l)).toEqual({ x: 'x', y: ['sin x', 'cosine', 'D2'] });
    expect(chartLabels({ sheet: 'Sheet1', x: '', y: ['B2'] }, l).x).toBeNull();
  });
});
