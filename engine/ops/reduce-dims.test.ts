import { describe, expect, it } from 'vitest';
import { normDims } from './reduce-dims';

describe('the dims of a reduction', () => {
  it('are normalised, sorted and unique; an empty list is every dim, as PyTorch reads dim=[]', () => {
    expect(normDims('sum', [-1, 0], 3)).toEqual([0, 2]);
    expect(normDims('sum', null, 2)).toEqual([0, 1]);
    expect(normDims('sum', [], 2)).toEqual([0, 1]);
    expect(normDims('sum', [], 0)).toEqual([]);
    expect(normDims('sum', [0, -2], 2)).toMatchObject({ code: '#VALUE!', message: 'sum: dim -2 appears more than once' });
  });
});
