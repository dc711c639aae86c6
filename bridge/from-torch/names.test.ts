import { describe, expect, it } from 'vitest';
import { Names } from './names';

describe('Names', () => {
  it('keeps valid names and appends _ to cell words, functions, constants and module roots', () => {
    const n = new Names();
    expect(['x', 'loss', 'x1', 'W2', 'ab12', 'sum', 'mean', 'pi', 'e', 'F', 'torch', 'w_1'].map((id) => n.of(id))).toEqual([
      'x',
      'loss',
      'x1_',
      'W2_',
      'ab12_',
      'sum_',
      'mean_',
      'pi_',
      'e_',
      'F_',
      'torch_',
      'w_1',
    ]);
  });

  it('gives each identifier one name, distinct even when names differ only in case', () => {
    const n = new Names();
    expect(n.of('X')).toBe('X');
    expect(n.of('x')).toBe('x_');
    expect(n.of('X')).toBe('X');
    expect(n.of('x_')).toBe('x__');
  });

  it('spells identifiers beyond ASCII with _', () => {
    const n = new Names();
    expect(n.of('α')).toBe('_');
    expect(n.of('β')).toBe('__');
    expect(n.of('λ_1')).toBe('__1');
  });
});
