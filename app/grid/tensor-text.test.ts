import { describe, expect, it } from 'vitest';
import { elementText, previewText } from './tensor-text';

describe('previewText', () => {
  it('nests brackets and stops after six elements', () => {
    expect(previewText([], [2.5], 'float64', null)).toBe('2.5');
    expect(previewText([3], [1, 2, 3], 'float64', null)).toBe('[1, 2, 3]');
    expect(previewText([2, 2], [4.5, 9, 13.5, 18], 'float64', null)).toBe('[[4.5, 9], [13.5, 18]]');
    expect(previewText([10], [0, 1, 2, 3, 4, 5], 'float64', null)).toBe('[0, 1, 2, 3, 4, 5…]');
    expect(previewText([2, 4], [0, 1, 2, 3, 4, 5], 'float64', null)).toBe('[[0, 1, 2, 3], [4, 5…]]');
    expect(previewText([3, 4], [0, 1, 2, 3, 4, 5], 'float64', null)).toBe('[[0, 1, 2, 3], [4, 5…]…]');
    expect(previewText([0], [], 'float64', null)).toBe('[]');
  });
  it('walks 64 dims without recursion and counts empty lists as shown', () => {
    expect(previewText(new Array(64).fill(1), [7], 'float64', null)).toBe(`${'['.repeat(64)}7${']'.repeat(64)}`);
    expect(previewText([3, 0], [], 'float64', null)).toBe('[[], [], []]');
    expect(previewText([100_000, 0], [], 'float64', null)).toBe('[[], [], [], [], [], []…]');
    expect(previewText([...new Array(60).fill(2), 0], [], 'float64', null).length).toBeLessThan(400);
  });
  it("prints a tensor of any rank without using the call stack (a rank-5000 tensor opens; a worker's stack is smaller than Node's)", () => {
    const rank = 100_000;
    expect(previewText(new Array(rank).fill(1), [1], 'float64', null)).toBe(`${'['.repeat(rank)}1${']'.repeat(rank)}`);
    expect(previewText([2, 1, 1], [3, 4], 'float64', null)).toBe('[[[3]], [[4]]]');
  });
  it('writes every element in the cell format', () => {
    expect(previewText([3], [0.25, 0.5, 1], 'float64', { number: 'percent', decimals: 0 })).toBe('[25%, 50%, 100%]');
    expect(previewText([2], [1234567.891, 1], 'float64', null)).toBe('[1234567.891, 1]');
  });
  it('writes booleans as Python does, whatever the format', () => {
    expect(previewText([2], [1, 0], 'bool', { number: 'percent' })).toBe('[True, False]');
    expect(elementText(1, 'bool', null)).toBe('True');
  });
});
