import { describe, expect, it } from 'vitest';
import { extentOf, isZoomed, panned } from './chart-zoom';

describe('extentOf', () => {
  it('is the first and last x', () => {
    expect(extentOf(Float64Array.of(-2, 0, 3))).toEqual({ min: -2, max: 3 });
    expect(extentOf(new Float64Array(0))).toBeNull();
  });
});

describe('isZoomed', () => {
  const whole = { min: -2, max: 2 };
  it('is false at the whole extent, true inside it', () => {
    expect(isZoomed({ min: -2, max: 2 }, whole)).toBe(false);
    expect(isZoomed({ min: -2 + 1e-12, max: 2 }, whole)).toBe(false);
    expect(isZoomed({ min: -1, max: 2 }, whole)).toBe(true);
    expect(isZoomed({ min: -2, max: 1.5 }, whole)).toBe(true);
    expect(isZoomed({ min: -1, max: 1 }, null)).toBe(false);
  });
});

describe('panned', () => {
  const whole = { min: 0, max: 100 };
  it('moves the window against the drag, by the dragged share of its width', () => {
    // Dragging 50 px right on a 200 px plot showing 20..40 shows a quarter of 20 earlier.
    expect(panned({ min: 20, max: 40 }, 50, 200, whole)).toEqual({ min: 15, max: 35 });
    expect(panned({ min: 20, max: 40 }, -100, 200, whole)).toEqual({ min: 30, max: 50 });
  });
  it('stops at the ends of the data and keeps the window width', () => {
    expect(panned({ min: 20, max: 40 }, 1000, 200, whole)).toEqual({ min: 0, max: 20 });
    expect(panned({ min: 70, max: 90 }, -1000, 200, whole)).toEqual({ min: 80, max: 100 });
  });
  it('leaves an unzoomed or degenerate window where it is', () => {
    expect(panned({ min: 0, max: 100 }, 30, 200, whole)).toEqual({ min: 0, max: 100 });
    expect(panned({ min: 20, max: 40 }, 30, 0, whole)).toEqual({ min: 20, max: 40 });
    expect(panned({ min: 20, max: 20 }, 30, 200, whole)).toEqual({ min: 20, max: 20 });
  });
});
