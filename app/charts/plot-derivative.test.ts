import { describe, expect, it } from 'vitest';
import type { CellView } from '../worker/cell-view';
import { findX, isPlottable1D, planDerivative, staticPrecedents } from './plot-derivative';

const vec = (n: number, requiresGrad = false): CellView => ({
  kind: 'tensor',
  text: '',
  shape: [n],
  series: new Float64Array(n),
  requiresGrad,
});
const num: CellView = { kind: 'tensor', text: '0.5', shape: [], series: Float64Array.of(0.5) };

function cells(views: Record<string, CellView>, inputs: Record<string, string> = {}) {
  return { view: (l: string) => views[l], input: (l: string) => inputs[l] ?? (views[l] ? '=…' : '') };
}

describe('plot f and df/dx', () => {
  it('knows a 1-D tensor', () => {
    expect(isPlottable1D(vec(3))).toBe(true);
    expect(isPlottable1D(num)).toBe(false);
    expect(isPlottable1D({ kind: 'bool', text: '', shape: [3] })).toBe(false);
    expect(isPlottable1D(undefined)).toBe(false);
  });

  it('takes x from a 1-D precedent of the same length, preferring one that requires grad', () => {
    const views = { 'Sheet1!A1': num, 'Sheet1!B1': vec(50), 'Sheet1!C1': vec(50, true), 'Sheet1!D1': vec(49, true), 'Sheet1!B2': vec(50) };
    expect(findX('Sheet1!B2', vec(50), ['Sheet1!A1', 'Sheet1!B1'], (l) => views[l as keyof typeof views])).toBe('Sheet1!B1');
    expect(findX('Sheet1!B2', vec(50), ['Sheet1!D1', 'Sheet1!B1', 'Sheet1!C1'], (l) => views[l as keyof typeof views])).toBe('Sheet1!C1');
    expect(findX('Sheet1!B2', vec(50), ['Sheet1!A1', 'Sheet1!D1'], (l) => views[l as keyof typeof views])).toBeNull();
  });

  it('writes the gradient in the first empty cell to the right and charts both against x', () => {
    const c = cells(
      { 'Sheet1!A1': vec(25, true), 'Sheet1!A2': vec(25), 'Sheet1!B2': { kind: 'text', text: 'note' } },
      { 'Sheet1!B2': 'note' },
    );
    expect(planDerivative('Sheet1!A2', c, ['Sheet1!A1'], 100)).toEqual({
      gradLabel: 'Sheet1!C2',
      formula: '=grad(A2, A1, ones_like(A2))',
      write: true,
      chart: { sheet: 'Sheet1', x: 'A1', y: ['A2', 'C2'], title: 'f and df/dx' },
    });
  });

  it('reuses a cell that already holds the gradient', () => {
    const c = cells({ 'Sheet1!A1': vec(25), 'Sheet1!A2': vec(25) }, { 'Sheet1!B2': '=grad(A2, A1, ones_like(A2))' });
    expect(planDerivative('Sheet1!A2', c, ['Sheet1!A1'], 100)).toMatchObject({ gradLabel: 'Sheet1!B2', write: false });
  });

  it('writes references to other sheets in full', () => {
    const c = cells({ 'Data!A1': vec(3), 'Sheet1!B1': vec(3) });
    expect(planDerivative('Sheet1!B1', c, ['Data!A1'], 100)).toMatchObject({
      formula: '=grad(B1, Data!A1, ones_like(B1))',
      chart: { sheet: 'Sheet1', x: 'Data!A1', y: ['B1', 'C1'] },
    });
  });

  it('explains why not when there is no x', () => {
    const c = cells({ 'Sheet1!A1': num, 'Sheet1!A2': vec(5) });
    expect(planDerivative('Sheet1!A2', c, ['Sheet1!A1'], 100)).toEqual({
      error:
        'A2 has no precedent cell holding a 1-D tensor of its length (5) to use as x; df/dx needs that x cell (for example put linspace(…) in a cell and compute A2 from it)',
    });
    expect(planDerivative('Sheet1!A1', c, [], 100)).toEqual({ error: 'A1 does not hold a 1-D tensor, so there is no f to plot' });
  });

  it('explains why not when the row is full', () => {
    const c = cells({ 'Sheet1!A1': vec(3), 'Sheet1!A2': vec(3) }, { 'Sheet1!B2': '1', 'Sheet1!C2': '2' });
    expect(planDerivative('Sheet1!A2', c, ['Sheet1!A1'], 3)).toEqual({ error: 'row 2 has no empty cell to the right of A2 for df/dx' });
  });
});

describe('staticPrecedents', () => {
  it('reads the cells a formula refers to, directly or by name', () => {
    expect(staticPrecedents('Sheet1', '=sin(A1 * B1) + Data!C3', {})).toEqual(['Sheet1!A1', 'Sheet1!B1', 'Data!C3']);
    expect(staticPrecedents('Sheet1', '=x ** 2 + w', { x: 'Sheet1!A1', W: 'Sheet1!B1', r: 'Sheet1!A1:A3' })).toEqual([
      'Sheet1!A1',
      'Sheet1!B1',
    ]);
    expect(staticPrecedents('Sheet1', '=(x => x * 2)(A1)', { x: 'Sheet1!Z9' })).toEqual(['Sheet1!A1']);
    expect(staticPrecedents('Sheet1', '0.5', {})).toEqual([]);
    expect(staticPrecedents('Sheet1', '=sin(', {})).toEqual([]);
  });
});
