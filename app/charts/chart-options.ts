// Owns the uPlot options of a chart: numeric x, one line per y cell, axes and grid in the theme's
// colors. Colors are functions of the current theme, so a theme change needs only a redraw.

import type uPlot from 'uplot';
import type { ChartColors } from './theme';

export const CHART_HEIGHT = 220;
const FONT = '11px system-ui, -apple-system, "Segoe UI", sans-serif';

export interface OptionsInput {
  width: number;
  height?: number;
  /** The x reference, or null for the element index. */
  x: string | null;
  y: string[];
  colors: () => ChartColors;
  /** Called with the data index under the cursor, or null when it leaves. */
  onCursor?(idx: number | null): void;
  /** After each redraw (the chart's figure announces it, so a drag's latency can be measured). */
  onDraw?(): void;
}

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
    cursor: { drag: { x: false, y: false }, points: { size: 7 } },
    scales: { x: { time: false } },
    padding: [10, 14, 0, 0],
    axes: [{ ...axis(input.x ?? 'index'), size: 26 }, { ...axis(''), labelSize: 0, size: 52 }],
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
    },
  };
}
