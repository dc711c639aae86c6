import { describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import { EDGE, MIN_AXIS, axisWidth, measuredAxisSize } from './axis-size';

/** A plot whose canvas measures 6 canvas pixels per character, at a device pixel ratio of 2. */
function fakePlot(): { u: uPlot; fonts: string[] } {
  const fonts: string[] = [];
  const ctx = {
    font: '',
    save() {},
    restore() {},
    measureText(text: string) {
      fonts.push(ctx.font);
      return { width: text.length * 6 };
    },
  };
  const axis = { font: ['22px sans-serif', 22, 11], gap: 4, ticks: { show: true, size: 4 } };
  return { u: { ctx, axes: [axis, axis] } as unknown as uPlot, fonts };
}

describe('axisWidth', () => {
  it('holds the widest label, the tick, the gap and the edge', () => {
    expect(axisWidth([20, 61.2, 40], 4, 4)).toBe(Math.ceil(61.2 + 4 + 4 + EDGE));
  });
  it('never goes below the minimum', () => {
    expect(axisWidth([], 4, 4)).toBe(MIN_AXIS);
    expect(axisWidth([3], 0, 0)).toBe(MIN_AXIS);
  });
});

describe('measuredAxisSize', () => {
  it('measures every label in the axis font, in CSS pixels', () => {
    const { u, fonts } = fakePlot();
    const size = measuredAxisSize();
    // "-12,500.5" is 9 characters: 54 canvas pixels, 27 CSS pixels at ratio 2; the longest string is not always the widest.
    expect(size(u, ['0', '-12,500.5', '2,500'], 1, 0)).toBe(axisWidth([27], 4, 4));
    expect(fonts.every((f) => f === '22px sans-serif')).toBe(true);
    expect(size(u, ['1,000,000,000'], 1, 1)).toBe(axisWidth([39], 4, 4));
  });

  it('reads the widest line of a multi-line label and skips filtered ones', () => {
    const { u } = fakePlot();
    expect(measuredAxisSize()(u, ['ab\nabcdefghij', null as unknown as string], 1, 0)).toBe(axisWidth([30], 4, 4));
  });

  it('keeps its size after two rounds and before there are labels, so uPlot converges', () => {
    const { u } = fakePlot();
    const size = measuredAxisSize();
    expect(size(u, null, 1, 0)).toBe(MIN_AXIS);
    const first = size(u, ['1,000,000,000'], 1, 1);
    expect(size(u, ['1'], 1, 2)).toBe(first);
  });
});
