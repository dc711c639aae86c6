import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { emptyWorkbook } from '../state/document';
import { keptEntries, pyFloatRepr, tensorFormula } from './keep';

describe('pyFloatRepr', () => {
  it("writes a double as Python's repr does", () => {
    // Each pair is Python 3's repr(float(x)).
    const cases: [number, string][] = [
      [0.5, '0.5'],
      [1, '1.0'],
      [-2, '-2.0'],
      [0, '0.0'],
      [-0, '-0.0'],
      [0.1 + 0.2, '0.30000000000000004'],
      [1e-5, '1e-05'],
      [0.0001, '0.0001'],
      [1.5e-7, '1.5e-07'],
      [123456.789, '123456.789'],
      [1e16, '1e+16'],
      [9999999999999998, '9999999999999998.0'],
      [1.2345678901234568e17, '1.2345678901234568e+17'],
      [-3.14159, '-3.14159'],
      [5e-324, '5e-324'],
      [Number.MAX_VALUE, '1.7976931348623157e+308'],
      [100, '100.0'],
    ];
    for (const [x, text] of cases) expect(pyFloatRepr(x)).toBe(text);
  });

  it('reads back as the same double', () => {
    for (const x of [Math.PI, -Math.E / 7, 1 / 3, 2 ** -40, 6.02214076e23]) expect(Number(pyFloatRepr(x))).toBe(x);
  });
});

describe('tensorFormula', () => {
  it("spells torch.tensor with the tensor's nesting", () => {
    expect(tensorFormula([1, 2], [0.5, 1.25])).toBe('=torch.tensor([[0.5, 1.25]], requires_grad=True)');
    expect(tensorFormula([], [3])).toBe('=torch.tensor(3.0, requires_grad=True)');
    expect(tensorFormula([2, 0], [])).toBe('=torch.tensor([[], []], requires_grad=True)');
  });

  it('gives back the same tensor, requiring grad, in a sheet', () => {
    const data = [0.1 + 0.2, -1e-5, 7, 1 / 3, 2, 3];
    const b = new Workbook();
    b.set('A1', tensorFormula([2, 3], data));
    expect(b.get('A1')).toMatchObject({ kind: 'tensor', shape: [2, 3], value: [data.slice(0, 3), data.slice(3)], requires_grad: true });
  });
});

describe('keptEntries', () => {
  const doc = () => {
    const d = emptyWorkbook();
    d.sheets[0].cells = {
      A1: '=randn(2)',
      A2: { input: '=zeros(1)', note: 'bias' },
      A3: { input: '=[1.0]', note: 'trained from: =ones(1)' },
    };
    return d;
  };

  it('writes the formula and notes which formula the cell was trained from', () => {
    expect(
      keptEntries(doc(), [
        { label: 'Sheet1!A1', shape: [2], data: [0.5, -1] },
        { label: 'Sheet1!A2', shape: [1], data: [2] },
        { label: 'Sheet1!A3', shape: [1], data: [4] },
      ]),
    ).toEqual([
      ['Sheet1!A1', { input: '=torch.tensor([0.5, -1.0], requires_grad=True)', note: 'trained from: =randn(2)' }],
      ['Sheet1!A2', { input: '=torch.tensor([2.0], requires_grad=True)', note: 'trained from: =zeros(1)\nbias' }],
      ['Sheet1!A3', { input: '=torch.tensor([4.0], requires_grad=True)', note: 'trained from: =ones(1)' }],
    ]);
  });

  it('refuses non-finite values and a formula too long for a cell, in words', () => {
    expect(keptEntries(doc(), [{ label: 'Sheet1!A1', shape: [1], data: [NaN] }])).toBe(
      'Sheet1!A1 holds NaN or infinity after training: nothing was kept.',
    );
    const big = new Array<number>(20_000).fill(0.123456789);
    expect(keptEntries(doc(), [{ label: 'Sheet1!A1', shape: [20_000], data: big }])).toMatch(
      /^Sheet1!A1 is too large to keep as a formula/,
    );
  });
});
