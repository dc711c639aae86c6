import { describe, expect, it } from 'vitest';
import { MAX_POINTS, lossCurve } from './loss-curve';

describe('lossCurve', () => {
  it('maps the losses into the box, highest at the top', () => {
    expect(lossCurve([4, 2, 0], 100, 50, false)).toEqual({ points: '0.0,0.0 50.0,25.0 100.0,50.0', low: 0, high: 4 });
  });

  it('draws a log scale, leaving out losses that are not positive', () => {
    const c = lossCurve([100, 10, 0, 1], 30, 20, true);
    expect(c?.points).toBe('0.0,0.0 10.0,10.0 30.0,20.0');
    expect(c?.low).toBeCloseTo(1, 12);
    expect(c?.high).toBeCloseTo(100, 12);
    expect(lossCurve([0, -1], 30, 20, true)).toBeNull();
    expect(lossCurve([], 30, 20, false)).toBeNull();
  });

  it('draws a flat curve along the bottom', () => {
    expect(lossCurve([3, 3], 10, 10, false)?.points).toBe('0.0,10.0 10.0,10.0');
  });

  it('thins a long run to at most MAX_POINTS points, keeping a spike and the last loss', () => {
    const losses = Array.from({ length: 100_000 }, (_, i) => 1 / (i + 1));
    losses[54_321] = 50;
    const c = lossCurve(losses, 1000, 100, false)!;
    const pts = c.points.split(' ');
    expect(pts.length).toBeLessThanOrEqual(MAX_POINTS + 1);
    expect(c.high).toBe(50);
    expect(pts[pts.length - 1]).toBe('1000.0,100.0');
  });
});
