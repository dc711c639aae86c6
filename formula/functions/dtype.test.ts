import { describe, expect, it } from 'vitest';
import { Workbook } from '../book';

const get = (formula: string) => {
  const b = new Workbook();
  b.set('A1', formula);
  return b.get('A1');
};

describe('dtype=', () => {
  it('is silent for float64 and notes a narrower float, computed in float64', () => {
    expect(get('=ones(2, dtype=torch.double)')).toEqual({ kind: 'tensor', shape: [2], value: [1, 1], requires_grad: false, grad_fn: null });
    expect(get('=ones(2, dtype=torch.half, requires_grad=True)')).toMatchObject({
      requires_grad: true,
      note: expect.stringContaining('torch.float16 is computed in float64'),
    });
  });

  it('makes whole values in an integer dtype and booleans in torch.bool', () => {
    expect(get('=tensor([2.9, -2.9], dtype=torch.short)')).toMatchObject({ value: [2, -2] });
    expect(get('=arange(0, 3, 1.5, dtype=torch.long)')).toMatchObject({ value: [0, 1, 2] });
    expect(get('=arange(0, 3, 0.5, dtype=torch.long)')).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('step') });
    expect(get('=full([2], 0.5, dtype=torch.bool)')).toEqual({ kind: 'bool', shape: [2], value: [true, true] });
  });

  it('refuses what PyTorch refuses, with the reason', () => {
    expect(get('=zeros(2, dtype=torch.int64, requires_grad=true)')).toMatchObject({
      code: '#VALUE!',
      message: 'zeros: only floating-point tensors can require gradients, and torch.int64 is not one',
    });
    expect(get('=rand(2, dtype=torch.long)')).toMatchObject({
      code: '#VALUE!',
      message: 'rand: makes floating-point numbers, not torch.int64 (randint makes integers)',
    });
    expect(get('=ones(2, dtype=3)')).toMatchObject({
      code: '#VALUE!',
      message: 'ones: dtype must be a torch dtype such as torch.float64, got a tensor',
    });
  });
});
