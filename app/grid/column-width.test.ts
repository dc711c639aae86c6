import { describe, expect, it } from 'vitest';
import { autofitWidth } from './column-width';

describe('autofit', () => {
  it('fits the widest content plus the cell padding, or goes back to the default for an empty column', () => {
    expect(autofitWidth([30, 180.2, 7])).toBe(195);
    expect(autofitWidth([2])).toBe(24);
    expect(autofitWidth([4000])).toBe(1000);
    expect(autofitWidth([])).toBeNull();
  });
});
