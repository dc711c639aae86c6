// compileInput: what typed text means, and what cells holding the same number share.
import { describe, expect, it } from 'vitest';
import { isTensor } from '../engine/tensor';
import { compileInput } from './input';

describe('compileInput', () => {
  it('gives cells holding the same number tensors of their own over shared data', () => {
    const a = compileInput('2.5', { col: 0, row: 0 });
    const b = compileInput(' 2.5 ', { col: 3, row: 9 });
    if (a.kind !== 'constant' || b.kind !== 'constant' || !isTensor(a.value) || !isTensor(b.value)) throw new Error('not numbers');
    expect(a.value).not.toBe(b.value);
    expect(a.value.data).toBe(b.value.data);
    expect([a.value.data[0], a.value.shape, a.value.requiresGrad]).toEqual([2.5, [], false]);
  });

  it('reads numbers, booleans, text and formulas', () => {
    expect(compileInput('-1e3', { col: 0, row: 0 })).toMatchObject({ kind: 'constant', value: { data: Float64Array.of(-1000) } });
    expect(compileInput('true', { col: 0, row: 0 })).toMatchObject({ kind: 'constant', value: { dtype: 'bool' } });
    expect(compileInput("'12", { col: 0, row: 0 })).toMatchObject({ kind: 'constant', value: { kind: 'text', value: '12' } });
    expect(compileInput('=1', { col: 0, row: 0 })).toMatchObject({ kind: 'formula' });
  });
});
