// Owns the uPlot options of a chart: numeric x, one line per y cell, a linear or log y scale, a y axis
// as wide as its labels, drag-to-zoom along x, axes and grid in the theme's colors. Colors are
// functions of the current theme, so a theme change needs only a redraw.

import type uPlot from 'uplot';
import { measuredAxisSize } from './axis-size';
import type { Range } from './chart-zoom';
import type { ChartColors } from './theme';

export const CHART_HEIGHT = 220;
const FONT = '11px system-ui, -apple-system, "Segoe UI", sans-serif';

export interface OptionsInput {
  width: number;
  height?: number;
  /** What x is called (its cell's label), or null for the element index. */
  x: string | null;
  /** What each y cell is called. */
  y: string[];
  /** A logarithmic y scale (base 10). */
  log?: boolean;
  colors: () => ChartColors;
  /** Called with the data index under the cursor, or null when it leaves. */
  onCursor?(idx: number | null): void;
  /** After each redraw (the chart's figure announces it, so a drag's latency can be measured). */
  onDraw?(): void;
  /** After the x scale changes (a zoom, a pan, a reset), with the range it shows. */
  onScale?(range: Range): void;
}

/** A drag shorter than this (CSS pixels) is a click, not a zoom. */
const DRAG_MIN = 5;

const seriesColor = (colors: () => ChartColors, i: number) => () => {
  const palette = colors().series;
  return palette[i % palette.length];
};

export function chartOptions(input: OptionsInput): uPlot.Options {
  const { colors } = input;
  const axis = (label: string): uPlot.Axis => ({
    label,
    labelSize: 16,
    labelFont: FONT,
    font: FONT,
    size: 44,
    gap: 4,
    stroke: () => colors().muted,
    grid: { stroke: () => colors().grid, width: 1 },
    ticks: { stroke: () => colors().axis, width: 1, size: 4 },
  });
  return {
    width: input.width,
    height: input.height ?? CHART_HEIGHT,
    // The legend is ours (Solid renders it as text), so uPlot's is off.
    legend: { show: false },
    // Dragging selects an x range and zooms into it; uPlot's double-click shows everything again.
    cursor: { drag: { x: true, y: false, setScale: true, dist: DRAG_MIN }, points: { size: 7 } },
    scales: { x: { time: false }, y: input.log ? { distr: 3, log: 10 } : {} },
    padding: [10, 14, 0, 0],
    axes: [
      { ...axis(input.x ?? 'index'), size: 26 },
      { ...axis(''), labelSize: 0, size: measuredAxisSize() },
    ],
    series: [
      { label: input.x ?? 'index' },
      ...input.y.map((ref, i): uPlot.Series => ({
        label: ref,
        stroke: seriesColor(colors, i),
        width: 2,
        spanGaps: false,
        points: { size: 5, width: 1.5, fill: () => colors().bg },
      })),
    ],
    hooks: {
      ...(input.onCursor ? { setCursor: [(u: uPlot) => input.onCursor!(u.cursor.idx ?? null)] } : {}),
      ...(input.onDraw ? { draw: [() => input.onDraw!()] } : {}),
      ...(input.onScale
        ? {
            setScale: [
              (u: uPlot, key: string) =>
                key === 'x' &&
                u.scales.x.min != null &&
                u.scales.x.max != null &&
                input.onScale!({ min: u.scales.x.min, max: u.scales.x.max }),
            ],
          }
        : {}),
    },
  };
}
