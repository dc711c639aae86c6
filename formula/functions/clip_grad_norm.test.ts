import { describe, expect, it } from 'vitest';
import { Workbook } from '../book';

const value = (formula: string): unknown => {
  const book = new Workbook();
  book.set('A1', formula);
  const got = book.get('A1');
  return got.kind === 'error' ? { code: got.code, message: got.message } : 'value' in got ? got.value : got;
};

describe('clip_grad_norm', () => {
  it('scales gradients down to max_norm, and leaves small ones alone', () => {
    expect(value('=clip_grad_norm([3, 4], 10)')).toEqual([3, 4]);
    expect(value('=clip_grad_norm([3, 4], 0)')).toEqual([0, 0]);
    expect(value('=clip_grad_norm([3, 4], inf)')).toEqual([3, 4]);
  });

  // PyTorch flips every gradient's sign for a negative max_norm without a word (pytorch/pytorch#31367).
  it('refuses a negative or NaN max_norm rather than flipping the gradients', () => {
    expect(value('=clip_grad_norm(ones(3), -1)')).toEqual({
      code: '#VALUE!',
      message: 'clip_grad_norm: max_norm must be 0 or more, got -1 (a negative max_norm would flip the sign of every gradient)',
    });
    expect(value('=clip_grad_norm(ones(3), nan)')).toEqual({
      code: '#VALUE!',
      message: 'clip_grad_norm: max_norm must be 0 or more, got NaN',
    });
    expect(value('=clip_grad_norm(tuple(ones(2), ones(1)), -0.5)')).toMatchObject({ code: '#VALUE!' });
  });

  it('refuses a norm_type that is not positive, naming it', () => {
    expect(value('=clip_grad_norm([3, 4], 1, nan)')).toEqual({
      code: '#VALUE!',
      message: 'clip_grad_norm: norm_type must be positive, got NaN',
    });
    expect(value('=clip_grad_norm([3, 4], 1, -2)')).toEqual({
      code: '#VALUE!',
      message: 'clip_grad_norm: norm_type must be positive, got -2',
    });
  });
});
