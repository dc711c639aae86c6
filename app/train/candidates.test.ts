import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { checkLoss, upstreamOf } from './candidates';

function line(): Workbook {
  const b = new Workbook();
  b.setMany([
    ['A1', '=linspace(0, 1, 5)'],
    ['A2', '=A1 * 2 + 1'],
    ['A3', '=randn(1, requires_grad=True)'],
    ['A4', '=zeros(1, requires_grad=True)'],
    ['A5', '=A1 * A3 + A4'],
    ['A6', '=mse_loss(A5, A2)'],
    ['A7', '=A3 * 2'],
  ]);
  return b;
}

describe('checkLoss', () => {
  it('offers the requires_grad leaves checked and the data unchecked', () => {
    const r = checkLoss(line(), 'Sheet1!A6');
    expect(r.ok && r.candidates).toEqual([
      { label: 'Sheet1!A1', shape: [5], checked: false },
      { label: 'Sheet1!A3', shape: [1], checked: true },
      { label: 'Sheet1!A4', shape: [1], checked: true },
    ]);
  });

  it('leaves out a cell computed from another candidate', () => {
    const b = line();
    b.set('A8', '=A7.detach()');
    b.set('A9', '=sum(A8 * A4)');
    const r = checkLoss(b, 'Sheet1!A9');
    expect(r.ok && r.candidates.map((c) => c.label)).toEqual(['Sheet1!A3', 'Sheet1!A4']);
  });

  it('checks every candidate when none was made with requires_grad', () => {
    const b = new Workbook();
    b.setMany([
      ['A1', '0.5'],
      ['A2', '=[1, 2]'],
      ['A3', '=sum((A2 * A1 - 3) ** 2)'],
    ]);
    const r = checkLoss(b, 'Sheet1!A3');
    expect(r.ok && r.candidates.map((c) => [c.label, c.checked])).toEqual([
      ['Sheet1!A1', true],
      ['Sheet1!A2', true],
    ]);
  });

  it('says in words why a cell cannot be a loss', () => {
    const b = line();
    b.set('B1', 'text');
    b.set('B2', '=1/');
    const message = (label: string) => {
      const r = checkLoss(b, label);
      return r.ok ? 'ok' : r.message;
    };
    expect(message('Sheet1!A5')).toMatch(/holds a tensor of shape \[5\]; the loss must be one number/);
    expect(message('Sheet1!B1')).toBe('The loss cell Sheet1!B1 holds a text, not a tensor.');
    expect(message('Sheet1!B2')).toMatch(/^The loss cell Sheet1!B2 shows an error: #PARSE!/);
    expect(message('Sheet1!C9')).toMatch(/is empty/);
    expect(message('Nope!A1')).toBe('"Nope!A1" is not a cell of this workbook.');
  });
});

describe('upstreamOf', () => {
  it('walks precedents transitively, nearest first', () => {
    expect(upstreamOf(line(), 'Sheet1!A6')).toEqual(['Sheet1!A5', 'Sheet1!A2', 'Sheet1!A1', 'Sheet1!A3', 'Sheet1!A4']);
  });
});
