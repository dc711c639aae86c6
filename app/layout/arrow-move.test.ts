import { describe, expect, it } from 'vitest';
import { arrowMove } from './arrow-move';

describe('arrowMove', () => {
  it('moves right and left, wrapping at both ends', () => {
    expect(arrowMove('ArrowRight', 0, 3)).toBe(1);
    expect(arrowMove('ArrowRight', 2, 3)).toBe(0);
    expect(arrowMove('ArrowLeft', 1, 3)).toBe(0);
    expect(arrowMove('ArrowLeft', 0, 3)).toBe(2);
  });

  it('Home and End go to the first and the last', () => {
    expect(arrowMove('Home', 2, 5)).toBe(0);
    expect(arrowMove('End', 1, 5)).toBe(4);
  });

  it('ignores other keys and an empty row', () => {
    expect(arrowMove('ArrowDown', 1, 3)).toBeNull();
    expect(arrowMove('a', 1, 3)).toBeNull();
    expect(arrowMove('ArrowRight', 0, 0)).toBeNull();
  });
});
