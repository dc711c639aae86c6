import { describe, expect, it } from 'vitest';
import { Workbook } from '../book';

const value = (formula: string): unknown => {
  const book = new Workbook();
  book.set('A1', formula);
  const got = book.get('A1');
  return got.kind === 'error' ? { code: got.code, message: got.message } : 'value' in got ? got.value : got;
};

describe('clip_grad_value', () => {
  it('clamps each element into [-clip_value, clip_value]', () => {
    expect(value('=clip_grad_value([0.9, -2.4], 0)')).toEqual([0, 0]);
    expect(value('=clip_grad_value([0.9, -2.4], inf)')).toEqual([0.9, -2.4]);
  });

  it('refuses a negative or NaN clip_value, saying what it must be', () => {
    expect(value('=clip_grad_value([0.9, -2.4], -1)')).toEqual({
      code: '#VALUE!',
      message: 'clip_grad_value: clip_value must be 0 or more, got -1',
    });
    expect(value('=clip_grad_value([0.9, -2.4], nan)')).toEqual({
      code: '#VALUE!',
      message: 'clip_grad_value: clip_value must be 0 or more, got NaN',
    });
  });
});
