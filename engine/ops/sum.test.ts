import { describe, expect, it } from 'vitest';
import { call } from '../op';
import { gradOf, outcome, t } from '../test-helpers';
import { must } from './elementwise-test-helpers';
import { ALL } from './reduce-dims';
import { sum } from './sum';

const M = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('sum', () => {
  it('sums every element to a 0-D tensor', () => expect(outcome(call(sum, [t(M)], ALL))).toEqual({ value: 21, shape: [] }));
  it('keeps every dim as size 1 with keepdim', () =>
    expect(outcome(call(sum, [t(M)], { dims: null, keepdim: true }))).toEqual({ value: [[21]], shape: [1, 1] }));
  it('sums over one dim, negative dims counting from the end', () => {
    expect(outcome(call(sum, [t(M)], { dims: [0], keepdim: false }))).toEqual({ value: [5, 7, 9], shape: [3] });
    expect(outcome(call(sum, [t(M)], { dims: [-1], keepdim: true }))).toEqual({ value: [[6], [15]], shape: [2, 1] });
  });
  it('sums over several dims, and reads an empty list as every dim (as PyTorch does)', () => {
    const x = t([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ]);
    expect(outcome(call(sum, [x], { dims: [0, 2], keepdim: false }))).toEqual({ value: [14, 22], shape: [2] });
    expect(outcome(call(sum, [x], { dims: [], keepdim: false }))).toEqual({ value: 36, shape: [] });
  });
  it('sums a 0-D tensor to itself, over no dim or dim 0', () => {
    expect(outcome(call(sum, [t(5)], ALL))).toEqual({ value: 5, shape: [] });
    expect(outcome(call(sum, [t(5)], { dims: [0], keepdim: false }))).toEqual({ value: 5, shape: [] });
  });
  it('sums an empty tensor to 0', () => expect(outcome(call(sum, [t([])], ALL))).toEqual({ value: 0, shape: [] }));
  it('keeps IEEE sums: inf - inf is NaN', () =>
    expect(outcome(call(sum, [t([Infinity, -Infinity, 1])], ALL))).toEqual({ value: NaN, shape: [] }));
  it('rejects a dim out of range and a repeated dim, naming them', () => {
    expect(outcome(call(sum, [t(M)], { dims: [2], keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'sum: dim 2 is out of range for a tensor of rank 2',
    });
    expect(outcome(call(sum, [t(M)], { dims: [1, -1], keepdim: false }))).toEqual({
      error: '#VALUE!',
      message: 'sum: dim -1 appears more than once',
    });
  });
  it('broadcasts the upstream back to every element (SumBackward0 over all dims)', () => {
    const x = t(M, true);
    const y = must(call(sum, [x], ALL));
    expect(y.gradFn).toBe('SumBackward0');
    expect(gradOf(y, [x], t(3))).toEqual([
      [
        [3, 3, 3],
        [3, 3, 3],
      ],
    ]);
  });
  it('broadcasts each group’s upstream back over the reduced dim (SumBackward1 over some)', () => {
    const x = t(M, true);
    const y = must(call(sum, [x], { dims: [1], keepdim: false }));
    expect(y.gradFn).toBe('SumBackward1');
    expect(gradOf(y, [x], t([1, 10]))).toEqual([
      [
        [1, 1, 1],
        [10, 10, 10],
      ],
    ]);
    const kept = must(call(sum, [x], { dims: [0], keepdim: true }));
    expect(gradOf(kept, [x], t([[1, 2, 3]]))).toEqual([
      [
        [1, 2, 3],
        [1, 2, 3],
      ],
    ]);
  });
});
