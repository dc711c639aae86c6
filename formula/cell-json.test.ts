import { describe, expect, it } from 'vitest';
import { Tensor } from '../engine/tensor';
import { type CellValue, text, tuple } from '../engine/value';
import { cellJSON, nestedJSON } from './cell-json';

const t = (values: number[], shape: number[], dtype: 'float64' | 'bool' = 'float64') => new Tensor(Float64Array.from(values), shape, dtype);

describe('nestedJSON', () => {
  it('nests by the shape, with NaN and infinities as strings and -0 as 0', () => {
    expect(nestedJSON(t([2.5], []))).toBe(2.5);
    expect(nestedJSON(t([1, 2, 3, 4, 5, 6], [2, 3]))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(nestedJSON(t([1, 2, 3, 4], [2, 1, 2]))).toEqual([[[1, 2]], [[3, 4]]]);
    expect(nestedJSON(t([NaN, Infinity, -Infinity, -0], [4]))).toEqual(['NaN', 'Infinity', '-Infinity', 0]);
    expect(Object.is(nestedJSON(t([-0], [])), 0)).toBe(true);
    expect(nestedJSON(t([1, 0], [2], 'bool'))).toEqual([true, false]);
  });

  it('writes an empty tensor as nested empty lists up to its first zero', () => {
    expect(nestedJSON(t([], [0]))).toEqual([]);
    expect(nestedJSON(t([], [2, 0]))).toEqual([[], []]);
    expect(nestedJSON(t([], [2, 3, 0, 4]))).toEqual([
      [[], [], []],
      [[], [], []],
    ]);
    expect(nestedJSON(t([], [0, 3]))).toEqual([]);
  });

  it('nests 64 dims without recursion', () => {
    expect(JSON.stringify(nestedJSON(t([7], new Array(64).fill(1))))).toBe(`${'['.repeat(64)}7${']'.repeat(64)}`);
  });
});

describe('cellJSON', () => {
  it('writes tuples with every shared item in place, walking them iteratively', () => {
    const x = t([1, 2], [2]);
    const inner = tuple([x, text('a')]);
    expect(cellJSON(tuple([inner, inner, tuple([])]))).toEqual({
      kind: 'tuple',
      items: [
        {
          kind: 'tuple',
          items: [
            { kind: 'tensor', shape: [2], value: [1, 2], requires_grad: false, grad_fn: null },
            { kind: 'text', value: 'a' },
          ],
        },
        {
          kind: 'tuple',
          items: [
            { kind: 'tensor', shape: [2], value: [1, 2], requires_grad: false, grad_fn: null },
            { kind: 'text', value: 'a' },
          ],
        },
        { kind: 'tuple', items: [] },
      ],
    });
  });

  it('never throws: a value that fails to print is a #LIMIT! naming what it was', () => {
    const broken = {
      kind: 'tuple',
      depth: 1,
      count: 3,
      weight: 1,
      get items(): CellValue[] {
        throw new RangeError('Invalid array length');
      },
    };
    expect(cellJSON(broken as CellValue)).toEqual({
      kind: 'error',
      code: '#LIMIT!',
      message: 'a tuple printing as 3 values could not be printed: RangeError: Invalid array length',
    });
  });
});

describe('cellJSON of a tensor made past the engine’s limits', () => {
  it('is a #LIMIT! rather than running out of memory', () => {
    const lists = new Tensor(new Float64Array(0), [...new Array(40).fill(2), 0]);
    expect(cellJSON(lists)).toMatchObject({
      kind: 'error',
      code: '#LIMIT!',
      message: expect.stringContaining('could not be printed: RangeError: print: a tensor of shape [2, 2,'),
    });
    expect(cellJSON(new Tensor(Float64Array.of(1), new Array(65).fill(1)))).toMatchObject({ code: '#LIMIT!' });
  });
});
