// Workbook.hold / release / heldCells: a cell held at a tensor shows it without its input changing, its dependents follow.
import { describe, expect, it } from 'vitest';
import { Tensor } from '../engine/tensor';
import { Workbook } from './book';

/** A cell's numbers, or its kind when it holds no tensor. */
const num = (b: Workbook, ref: string): unknown => {
  const j = b.get(ref);
  return 'value' in j ? j.value : j.kind;
};
const t = (...xs: number[]) => new Tensor(Float64Array.from(xs), [xs.length]);

function book(): Workbook {
  const b = new Workbook();
  b.setMany([
    ['A1', '=[1, 2]'],
    ['A2', '=A1 * 10'],
    ['A3', '=sum(A2)'],
  ]);
  b.takeChanged();
  return b;
}

describe('Workbook.hold', () => {
  it('shows the held value, keeps the input and recalculates the dependents', () => {
    const b = book();
    expect(b.hold([['Sheet1!A1', t(3, 4)]])).toBeNull();
    expect(num(b, 'A1')).toEqual([3, 4]);
    expect(b.input('A1')).toBe('=[1, 2]');
    expect(num(b, 'A3')).toBe(70);
    expect(b.heldCells()).toEqual(['Sheet1!A1']);
    expect(new Set(b.takeChanged().map(([label]) => label))).toEqual(new Set(['Sheet1!A1', 'Sheet1!A2', 'Sheet1!A3']));
  });

  it('keeps a held cell at its value through an edit of its input, until released', () => {
    const b = book();
    b.hold([['A1', t(3, 4)]]);
    b.set('A1', '=[5, 5]');
    expect(num(b, 'A1')).toEqual([3, 4]);
    expect(b.input('A1')).toBe('=[5, 5]');
    b.release(['A1']);
    expect(num(b, 'A1')).toEqual([5, 5]);
    expect(num(b, 'A3')).toBe(100);
    expect(b.heldCells()).toEqual([]);
  });

  it('releases every hold when no label is given, and the formulas give their values again', () => {
    const b = book();
    b.hold([
      ['A1', t(0, 1)],
      ['A2', t(7, 7)],
    ]);
    expect(num(b, 'A3')).toBe(14);
    b.release();
    expect(num(b, 'A3')).toBe(30);
    expect(b.heldCells()).toEqual([]);
  });

  it('holds a tensor whose history a gradient can follow', () => {
    const b = book();
    const w = new Tensor(Float64Array.of(1, 2), [2], 'float64', true);
    b.hold([['A1', w]]);
    const y = b.value('A3');
    expect(y.kind === 'tensor' && y.node?.gradFn).toBe('SumBackward0');
  });

  it('refuses a label that names no cell and holds nothing', () => {
    const b = book();
    const r = b.hold([
      ['A1', t(9, 9)],
      ['Nowhere!A1', t(1)],
    ]);
    expect(r?.code).toBe('#REF!');
    expect(num(b, 'A1')).toEqual([1, 2]);
    expect(b.heldCells()).toEqual([]);
  });

  it('does nothing when releasing a cell that is not held', () => {
    const b = book();
    b.release(['A1', 'B9']);
    expect(b.lastRecalc.computed).toBe(3);
  });
});
