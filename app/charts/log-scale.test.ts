import { describe, expect, it } from 'vitest';
import { forLogScale } from './log-scale';

const arr = (c: unknown) => Array.from(c as ArrayLike<number | null>);

describe('forLogScale', () => {
  it('keeps positive columns as they are', () => {
    const ys = Float64Array.of(1, 10, 100);
    const r = forLogScale([Float64Array.of(0, 1, 2), ys], ['loss']);
    expect(r).toEqual({ ok: true, columns: [Float64Array.of(0, 1, 2), ys], notes: [] });
    if (r.ok) expect(r.columns[1]).toBe(ys);
  });

  it('turns zero and negative y values into gaps, with a note per column; x is never touched', () => {
    const r = forLogScale(
      [Float64Array.of(-1, 0, 1, 2), Float64Array.of(-2, 0, 3, 4), [null, 5, -1, 6], Float64Array.of(1, 1, 1, 1)],
      ['f', 'g', 'h'],
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.columns.map(arr)).toEqual([
      [-1, 0, 1, 2],
      [null, null, 3, 4],
      [null, 5, null, 6],
      [1, 1, 1, 1],
    ]);
    expect(r.notes).toEqual(['f: 2 values ≤ 0 left out of the log scale', 'g: 1 value ≤ 0 left out of the log scale']);
  });

  it('says so when nothing is left to draw', () => {
    expect(forLogScale([Float64Array.of(0, 1), Float64Array.of(0, -1), [null, null]], ['f', 'g'])).toEqual({
      ok: false,
      problem: 'a log scale draws values above 0, and no y value is above 0',
    });
  });
});
