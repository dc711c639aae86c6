import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearestWords } from './suggest';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swaps of neighbours', () => {
    expect(editDistance('linspce', 'linspace', 3)).toBe(1);
    expect(editDistance('lienar', 'linear', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
  });
  it('stops early past the limit, answering limit + 1', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('zzzzzz', 'abcdef', 2)).toBe(3);
  });
  it('is symmetric and 0 only for equal words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b, 20);
        expect(editDistance(b, a, 20)).toBe(d);
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});

describe('nearestWords', () => {
  const known = ['linspace', 'linear', 'log', 'logsumexp', 'mean', 'Loss', 'lin'];
  it('suggests the nearest known words, case-insensitively', () => {
    expect(nearestWords('linspce', known)).toEqual(['linspace']);
    expect(
      nearestWords(
        'LOSS',
        known.filter((k) => k !== 'Loss'),
      ),
    ).toEqual([]);
    expect(nearestWords('los', known)).toEqual(['log', 'Loss']);
    expect(nearestWords('meen', known)).toEqual(['mean']);
  });
  it('offers nothing for a word too far from every known one, or too short to guess', () => {
    expect(nearestWords('qqqqqq', known)).toEqual([]);
    expect(nearestWords('lx', known)).toEqual([]);
  });
});
