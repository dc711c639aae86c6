import { describe, expect, it } from 'vitest';
import { Workbook } from '../book';

const outcome = (formula: string, cells: [string, string][] = []): unknown => {
  const book = new Workbook();
  book.setMany([...cells, ['B1', formula]]);
  const got = book.get('B1');
  return got.kind === 'error' ? { code: got.code, message: got.message } : 'value' in got ? got.value : got;
};

describe('argument checking', () => {
  it('takes a flag as true or false, or 1 or 0 as a spreadsheet writes them', () => {
    expect(outcome('=sum([[1, 2]], keepdim=true)')).toEqual([[3]]);
    expect(outcome('=sum([[1, 2]], keepdim=1)')).toEqual([[3]]);
    expect(outcome('=sum([[1, 2]], keepdim=0)')).toEqual(3);
    expect(outcome('=sum([[1, 2]], keepdim=A1)')).toEqual(3);
  });

  it('refuses any other number for a flag, as PyTorch does, rather than taking it as true', () => {
    expect(outcome('=sum([[1, 2]], keepdim=0.5)')).toEqual({ code: '#VALUE!', message: 'sum: keepdim must be true or false, got 0.5' });
    expect(outcome('=ones(2, requires_grad=nan)')).toEqual({
      code: '#VALUE!',
      message: 'ones: requires_grad must be true or false, got NaN',
    });
    expect(outcome('=requires_grad_([1, 2], -1)')).toEqual({
      code: '#VALUE!',
      message: 'requires_grad_: requires_grad must be true or false, got -1',
    });
  });

  it('refuses None where a value must be given, but reads an empty cell as 0', () => {
    expect(outcome('=abs(None)')).toEqual({ code: '#VALUE!', message: 'abs: input must be a tensor, not None' });
    expect(outcome('=repeat(None, 1, x => x + 1)')).toEqual({ code: '#VALUE!', message: 'repeat: n must be a whole number, not None' });
    expect(outcome('=where([1, -1] > 0, [1, 2], None)')).toEqual({ code: '#VALUE!', message: 'where: other must be a tensor, not None' });
    expect(outcome('=abs(A1)')).toEqual(0);
    // Where PyTorch takes None, it still means "not given".
    expect(outcome('=clamp([-1, 2], None, 1)')).toEqual([-1, 1]);
  });

  it('takes a variadic parameter given by keyword as one value of it', () =>
    expect(outcome('=tuple(items=[1, 2])')).toEqual({
      kind: 'tuple',
      items: [{ kind: 'tensor', shape: [2], value: [1, 2], requires_grad: false, grad_fn: null }],
    }));
});
