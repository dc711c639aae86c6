import { describe, expect, it } from 'vitest';
import { MAX_RANK, shapeLimitError } from './shape';

describe('shapeLimitError', () => {
  it('allows up to 64 dims and refuses more, without listing them', () => {
    expect(shapeLimitError('ones', new Array(MAX_RANK).fill(1), 100)).toBeNull();
    const e = shapeLimitError('ones', new Array(5000).fill(1), 100);
    expect(e).toMatchObject({ code: '#LIMIT!', message: 'ones: a tensor of 5,000 dimensions; the limit is 64 dimensions (as in PyTorch)' });
  });

  it('refuses too many elements, as before', () => {
    expect(shapeLimitError('ones', [10, 10], 100)).toBeNull();
    expect(shapeLimitError('ones', [10, 11], 100)).toMatchObject({
      code: '#LIMIT!',
      message: 'ones: a tensor of shape [10, 11] would have 110 elements; the limit is 100',
    });
  });

  it('refuses an empty tensor that would print as too many empty lists', () => {
    expect(shapeLimitError('zeros', [10, 10, 0, 1000], 100)).toBeNull();
    expect(shapeLimitError('zeros', [0, 1000, 1000], 100)).toBeNull();
    expect(shapeLimitError('zeros', [11, 10, 0], 100)).toMatchObject({
      code: '#LIMIT!',
      message: 'zeros: a tensor of shape [11, 10, 0] has no elements but would print as 110 empty lists; the limit is 100',
    });
  });
});
