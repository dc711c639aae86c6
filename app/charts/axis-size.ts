// Owns how wide a chart's y axis is: as wide as its widest tick label (measured in the axis's font) plus
// the tick and the gap, so a label such as "-12,500" is never cut off at the canvas's edge.

import type uPlot from 'uplot';

/** Room between the canvas's left edge and the widest label, so antialiasing never touches the edge. */
export const EDGE = 3;

/** The narrowest a y axis gets, so a chart of small numbers keeps the usual look. */
export const MIN_AXIS = 28;

/** The axis size that holds labels of these widths (CSS pixels), with the tick and the gap beside them. */
export function axisWidth(labelWidths: number[], tick: number, gap: number): number {
  const widest = labelWidths.reduce((a, b) => Math.max(a, b), 0);
  return Math.max(MIN_AXIS, Math.ceil(widest + tick + gap + EDGE));
}

/** The parts of uPlot's resolved axis the size needs; at run time `font` is `[css font, px size, base size]`. */
interface ResolvedAxis {
  font: [string, number, number] | string;
  gap?: number;
  ticks?: { size?: number; show?: boolean };
}

/**
 * A uPlot `axis.size` function that measures the tick labels it is given. uPlot sizes axes in a loop that runs
 * until sizes stop changing (a wider axis leaves less room, which can change the ticks); after two rounds this
 * keeps the size it has, as uPlot's axis-autosize demo does, so the loop always ends.
 */
export function measuredAxisSize(): (u: uPlot, values: string[] | null, axisIdx: number, cycleNum: number) => number {
  let last = MIN_AXIS;
  return (u: uPlot, values: string[] | null, axisIdx: number, cycleNum: number): number => {
    if (cycleNum > 1 || !values) return last;
    const axis = u.axes[axisIdx] as unknown as ResolvedAxis;
    const [font, px, base] = Array.isArray(axis.font) ? axis.font : [axis.font, 1, 1];
    // uPlot scales its fonts by the device pixel ratio, so widths come back in canvas pixels: scale them back.
    const ratio = px > 0 && base > 0 ? px / base : 1;
    const ctx = u.ctx;
    ctx.save();
    ctx.font = font;
    const widths = values
      .filter((v) => v != null)
      .map(
        (v) =>
          Math.max(
            ...String(v)
              .split('\n')
              .map((line) => ctx.measureText(line).width),
          ) / ratio,
      );
    ctx.restore();
    const tick = axis.ticks?.show === false ? 0 : (axis.ticks?.size ?? 0);
    last = axisWidth(widths, tick, axis.gap ?? 0);
    return last;
  };
}
