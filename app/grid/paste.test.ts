import { describe, expect, it } from 'vitest';
import type { CellView } from '../worker/cell-view';
import { type CopyRecord, asText, placeBlock, planPaste, shownValue, valueInput } from './paste';

const size = { cols: 100, rows: 10_000 };
const at = (col: number, row: number) => ({ top: row, left: col, bottom: row, right: col });
const record = (over: Partial<CopyRecord> = {}): CopyRecord => ({
  sheet: 'Sheet1',
  rect: { top: 0, left: 1, bottom: 0, right: 2 },
  inputs: [['=A1*2', '=$A$1+A1']],
  values: [['10', '10']],
  text: '=A1*2\t=$A$1+A1',
  cut: false,
  ...over,
});

describe('planPaste', () => {
  it('shifts the relative references of cells copied here by how far they moved', () => {
    expect(planPaste({ text: '', record: record(), target: at(1, 2), values: false, size })).toEqual({
      kind: 'inputs',
      rect: { top: 2, left: 1, bottom: 2, right: 2 },
      cells: [
        { col: 1, row: 2, input: '=A3*2' },
        { col: 2, row: 2, input: '=$A$1+A3' },
      ],
    });
  });

  it('repeats a block over a target that holds it a whole number of times', () => {
    const plan = planPaste({
      text: '',
      record: record({ rect: at(1, 0), inputs: [['=A1']] }),
      target: { top: 0, left: 3, bottom: 2, right: 3 },
      values: false,
      size,
    });
    expect(plan).toMatchObject({ cells: [{ input: '=C1' }, { input: '=C2' }, { input: '=C3' }] });
  });

  it('moves cut cells to the target', () => {
    expect(planPaste({ text: '', record: record({ cut: true }), target: at(5, 5), values: false, size })).toEqual({
      kind: 'move',
      sheet: 'Sheet1',
      from: record().rect,
      to: { col: 5, row: 5 },
    });
  });

  it('pastes values, not formulas, with Ctrl+Shift+V', () => {
    expect(planPaste({ text: '', record: record(), target: at(0, 4), values: true, size })).toMatchObject({
      cells: [{ input: '10' }, { input: '10' }],
    });
    expect(planPaste({ text: '=A1\t3', record: null, target: at(0, 0), values: true, size })).toMatchObject({
      cells: [{ input: "'=A1" }, { input: '3' }],
    });
  });

  it('pastes text from elsewhere as typed, inside the grid only', () => {
    const plan = planPaste({ text: '1\t=A1\n2', record: null, target: at(98, 0), values: false, size });
    expect(plan).toEqual({
      kind: 'inputs',
      rect: { top: 0, left: 98, bottom: 1, right: 99 },
      cells: [
        { col: 98, row: 0, input: '1' },
        { col: 99, row: 0, input: '=A1' },
        { col: 98, row: 1, input: '2' },
        { col: 99, row: 1, input: '' },
      ],
    });
    expect(planPaste({ text: '', record: null, target: at(0, 0), values: false, size })).toBeNull();
  });
});

describe('placeBlock', () => {
  it('covers a target exactly when filling, the last copy cut short', () => {
    const plan = placeBlock([['1'], ['=A1+1']], { top: 2, left: 0, bottom: 4, right: 0 }, { col: 0, row: 0 }, size, true);
    expect(plan).toMatchObject({
      rect: { top: 2, bottom: 4 },
      cells: [
        { row: 2, input: '1' },
        { row: 3, input: '=A3+1' },
        { row: 4, input: '1' },
      ],
    });
  });
});

describe('values', () => {
  const view = (v: Partial<CellView>): CellView => ({ kind: 'tensor', text: '', ...v });
  it('shows numbers in full precision and booleans as spreadsheets write them', () => {
    expect(shownValue(view({ text: '3.14159', shape: [], head: [Math.PI] }))).toBe(String(Math.PI));
    expect(shownValue(view({ kind: 'bool', text: 'True', shape: [] }))).toBe('TRUE');
    expect(shownValue(view({ text: '[1, 2]', shape: [2], series: Float64Array.of(1, 2) }))).toBe('[1, 2]');
    expect(shownValue(undefined)).toBe('');
  });

  it('enters text as text, even when it reads as a number or a formula', () => {
    expect(valueInput(view({ kind: 'text', text: '42' }))).toBe("'42");
    expect(valueInput(view({ kind: 'text', text: 'hello' }))).toBe('hello');
    expect(valueInput(view({ kind: 'error', text: '#REF!' }))).toBe('#REF!');
    expect(valueInput(view({ text: '7', shape: [], head: [7] }))).toBe('7');
    expect(asText('=x')).toBe("'=x");
    expect(asText("'quoted")).toBe("''quoted");
    expect(asText('TRUE')).toBe("'TRUE");
  });
});
