import { describe, expect, it } from 'vitest';
import type { CellView } from '../worker/cell-view';
import { type CellLookup, chartData, resolveRef, sameChartData } from './chart-data';

const vec = (...xs: number[]): CellView => ({ kind: 'tensor', text: '', shape: [xs.length], series: Float64Array.from(xs) });

function lookup(views: Record<string, CellView>, inputs: Record<string, string> = {}, sheets = ['Sheet1', 'Sheet2']): CellLookup {
  return {
    view: (l) => views[l],
    input: (l) => inputs[l] ?? (views[l] ? '=…' : ''),
    sheetName: (s) => sheets.find((n) => n.toLowerCase() === s.toLowerCase()) ?? null,
  };
}

const chart = (x: string, y: string[]) => ({ sheet: 'Sheet1', x, y, title: 't' });
const arr = (c: unknown) => Array.from(c as ArrayLike<number | null>);

describe('resolveRef', () => {
  it('resolves references relative to the chart sheet', () => {
    expect(resolveRef('Sheet1', 'b2')).toBe('Sheet1!B2');
    expect(resolveRef('Sheet1', '$B$2')).toBe('Sheet1!B2');
    expect(resolveRef('Sheet1', 'Sheet2!C3')).toBe('Sheet2!C3');
    expect(resolveRef('Sheet1', "'My sheet'!A1")).toBe('My sheet!A1');
    expect(resolveRef('Sheet1', 'x')).toBeNull();
    expect(resolveRef('Sheet1', 'A1:A3')).toBeNull();
    expect(resolveRef('Sheet1', '')).toBeNull();
  });
});

describe('chartData', () => {
  it('gives [xs, ys…] columns as the cells hold them', () => {
    const d = chartData(
      chart('A1', ['A2', 'A3']),
      lookup({ 'Sheet1!A1': vec(0, 1, 2), 'Sheet1!A2': vec(1, 2, 3), 'Sheet1!A3': vec(5, 6, 7) }),
    );
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.columns.map(arr)).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [5, 6, 7],
    ]);
    expect(d.columns[0]).toBeInstanceOf(Float64Array);
    expect(d).toMatchObject({ x: 'A1', y: ['A2', 'A3'], notes: [] });
  });

  it('plots against the index when x is empty', () => {
    const d = chartData(chart('', ['A2']), lookup({ 'Sheet1!A2': vec(4, 5, 6) }));
    expect(d.ok && d.columns.map(arr)).toEqual([
      [0, 1, 2],
      [4, 5, 6],
    ]);
    expect(d.ok && d.x).toBeNull();
  });

  it('sorts the points by x when x is not increasing', () => {
    const d = chartData(chart('A1', ['A2']), lookup({ 'Sheet1!A1': vec(2, 0, 1), 'Sheet1!A2': vec(20, 0, 10) }));
    expect(d.ok && d.columns.map(arr)).toEqual([
      [0, 1, 2],
      [0, 10, 20],
    ]);
    expect(d.ok && d.notes).toEqual(['A1 is not increasing: points are drawn in order of x']);
  });

  it('draws gaps for non-finite y and leaves out points without a finite x', () => {
    const d = chartData(chart('A1', ['A2']), lookup({ 'Sheet1!A1': vec(0, NaN, 2, 3), 'Sheet1!A2': vec(1, 2, Infinity, 4) }));
    expect(d.ok && d.columns.map(arr)).toEqual([
      [0, 2, 3],
      [1, null, 4],
    ]);
    expect(d.ok && d.notes).toEqual(['1 point without a finite x left out', 'A2 has NaN or infinite values, drawn as gaps']);
  });

  it('refuses mismatched lengths, naming both', () => {
    const d = chartData(
      chart('A1', ['A2', 'A3']),
      lookup({ 'Sheet1!A1': vec(0, 1, 2), 'Sheet1!A2': vec(1, 2), 'Sheet1!A3': vec(1, 2, 3) }),
    );
    expect(d).toEqual({ ok: false, pending: false, problems: ['A2 has 2 elements but A1 has 3'] });
  });

  it('says what is wrong with each bad cell', () => {
    const views: Record<string, CellView> = {
      'Sheet1!B1': {
        kind: 'error',
        text: '#SHAPE!',
        error: { code: '#SHAPE!', message: 'add: shapes [2] and [3] do not broadcast', origin: null },
      },
      'Sheet1!B2': { kind: 'tensor', text: '3', shape: [], series: Float64Array.of(3) },
      'Sheet1!B3': { kind: 'tensor', text: '', shape: [2, 2] },
      'Sheet1!B4': { kind: 'text', text: 'hello' },
      'Sheet1!B5': { kind: 'bool', text: '', shape: [3] },
      'Sheet1!B6': { kind: 'tensor', text: '', shape: [200_000] },
      'Sheet1!B7': { kind: 'function', text: 'λ(x)' },
    };
    const d = chartData(chart('B1', ['B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'zz', 'Nope!A1']), lookup(views));
    expect(d).toEqual({
      ok: false,
      pending: false,
      problems: [
        'B1 is #SHAPE!: add: shapes [2] and [3] do not broadcast',
        'B2 is a single number; a chart draws 1-D tensors',
        'B3 is 2×2; a chart draws 1-D tensors (flatten it or pick a row)',
        'B4 holds text, not numbers',
        'B5 holds booleans; a chart draws numbers (try where(B5, 1, 0))',
        'B6 has 200,000 elements, more than the 100,000 a chart draws',
        'B7 holds a function; call it to get numbers',
        'B8 is empty',
        '“zz” is not a cell reference like B2',
        'Nope!A1: there is no sheet “Nope”',
      ],
    });
  });

  it('is pending, not wrong, while cells with inputs have no value yet', () => {
    const d = chartData(chart('A1', ['A2']), lookup({ 'Sheet1!A1': vec(1, 2) }, { 'Sheet1!A2': '=A1 * 2' }));
    expect(d).toEqual({ ok: false, pending: true, problems: ['A2 is being computed'] });
    const e = chartData(chart('A1', ['A2', 'A3']), lookup({ 'Sheet1!A1': vec(1, 2) }, { 'Sheet1!A2': '=A1 * 2' }));
    expect(e).toEqual({ ok: false, pending: false, problems: ['A2 is being computed', 'A3 is empty'] });
  });

  it('needs at least one y and one element', () => {
    expect(chartData(chart('A1', []), lookup({ 'Sheet1!A1': vec(1) }))).toEqual({
      ok: false,
      pending: false,
      problems: ['the chart has no y cells'],
    });
    expect(chartData(chart('A1', ['A2']), lookup({ 'Sheet1!A1': vec(), 'Sheet1!A2': vec() }))).toEqual({
      ok: false,
      pending: false,
      problems: ['A1 has no elements'],
    });
  });

  it('leaves values ≤ 0 out of a log scale, after sorting by x', () => {
    const views = { 'Sheet1!A1': vec(2, 0, 1), 'Sheet1!A2': vec(-1, 10, 0) };
    const d = chartData({ ...chart('A1', ['A2']), yScale: 'log' }, lookup(views));
    expect(d).toMatchObject({
      ok: true,
      notes: ['A1 is not increasing: points are drawn in order of x', 'A2: 2 values ≤ 0 left out of the log scale'],
    });
    expect(d.ok && d.columns.map(arr)).toEqual([
      [0, 1, 2],
      [10, null, null],
    ]);
    const linear = chartData({ ...chart('A1', ['A2']), yScale: 'linear' }, lookup(views));
    expect(linear.ok && linear.columns.map(arr)).toEqual([
      [0, 1, 2],
      [10, 0, -1],
    ]);
    expect(chartData({ ...chart('A1', ['A2']), yScale: 'log' }, lookup({ ...views, 'Sheet1!A2': vec(0, 0, -3) }))).toEqual({
      ok: false,
      pending: false,
      problems: ['a log scale draws values above 0, and no y value is above 0'],
    });
  });

  it('reads cells on other sheets', () => {
    const d = chartData(chart('sheet2!A1', ['A2']), lookup({ 'Sheet2!A1': vec(0, 1), 'Sheet1!A2': vec(3, 4) }));
    expect(d.ok && d.columns.map(arr)).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });
});

describe('sameChartData', () => {
  it('is true for the same cells and false when a number changes', () => {
    const views = { 'Sheet1!A1': vec(2, 0, 1), 'Sheet1!A2': vec(1, 2, 3) };
    const a = chartData(chart('A1', ['A2']), lookup(views));
    const b = chartData(chart('A1', ['A2']), lookup(views));
    expect(sameChartData(a, b)).toBe(true);
    const c = chartData(chart('A1', ['A2']), lookup({ ...views, 'Sheet1!A2': vec(1, 2, 4) }));
    expect(sameChartData(a, c)).toBe(false);
    const e1 = chartData(chart('A1', ['A3']), lookup(views));
    const e2 = chartData(chart('A1', ['A3']), lookup(views));
    expect(sameChartData(e1, e2)).toBe(true);
    expect(sameChartData(a, e1)).toBe(false);
  });
});
