import { describe, expect, it } from 'vitest';
import { nextRegion } from './regions';

const all = [true, true, true, true, true];

describe('nextRegion', () => {
  it('moves forward and backward in order', () => {
    expect(nextRegion(0, all, false)).toBe(1);
    expect(nextRegion(3, all, false)).toBe(4);
    expect(nextRegion(3, all, true)).toBe(2);
  });

  it('wraps around at both ends', () => {
    expect(nextRegion(4, all, false)).toBe(0);
    expect(nextRegion(0, all, true)).toBe(4);
  });

  it('starts at the first region (F6) or the last (Shift+F6) when focus is in none', () => {
    expect(nextRegion(-1, all, false)).toBe(0);
    expect(nextRegion(-1, all, true)).toBe(4);
  });

  it('skips regions that are not available, such as the closed drawer', () => {
    const noSide = [true, true, true, false, true];
    expect(nextRegion(2, noSide, false)).toBe(4);
    expect(nextRegion(4, noSide, true)).toBe(2);
    expect(nextRegion(-1, [false, false, true], false)).toBe(2);
  });

  it('stays put when the current region is the only one, and gives -1 when none is available', () => {
    expect(nextRegion(1, [false, true, false], false)).toBe(1);
    expect(nextRegion(0, [false, false], true)).toBe(-1);
    expect(nextRegion(-1, [], false)).toBe(-1);
  });
});
