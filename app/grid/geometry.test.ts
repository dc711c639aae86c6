import { describe, expect, it } from 'vitest';
import { COLS, COL_WIDTH, makeColumnLayout } from './geometry';

describe('column layout', () => {
  it('places columns of the default width as the fixed grid did', () => {
    const l = makeColumnLayout(undefined);
    expect(l.offset(3)).toBe(3 * COL_WIDTH);
    expect(l.total).toBe(COLS * COL_WIDTH);
    expect(l.span(1000, 600)).toEqual({ first: 4, last: 18 });
  });

  it('sums per-column widths into offsets', () => {
    const l = makeColumnLayout({ B: 50, D: 300 }, 6, 100);
    expect([0, 1, 2, 3, 4, 5].map(l.offset)).toEqual([0, 100, 150, 250, 550, 650]);
    expect(l.width(3)).toBe(300);
    expect(l.total).toBe(750);
  });

  it('finds the column under x by binary search, edges included and clamped', () => {
    const l = makeColumnLayout({ B: 50, D: 300 }, 6, 100);
    expect([-5, 0, 99, 100, 149, 150, 549, 550, 749, 10_000].map(l.colAt)).toEqual([0, 0, 0, 1, 1, 2, 3, 4, 5, 5]);
  });

  it('agrees with a linear scan at every pixel', () => {
    const widths = { A: 24, C: 1000, E: 37, F: 500 };
    const l = makeColumnLayout(widths, 10, 112);
    for (let x = 0; x < l.total; x += 7) {
      let c = 0;
      while (c < 9 && l.offset(c + 1) <= x) c++;
      expect(l.colAt(x)).toBe(c);
    }
  });

  it('shows the columns a viewport covers, with a margin of four', () => {
    const l = makeColumnLayout({ B: 50, D: 300 }, 20, 100);
    expect(l.span(0, 120)).toEqual({ first: 0, last: 5 });
    expect(l.span(560, 100)).toEqual({ first: 0, last: 9 });
    expect(l.span(10_000, 500)).toEqual({ first: 15, last: 19 });
  });
});
