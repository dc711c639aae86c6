import { describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import { chartOptions } from './chart-options';
import { type ChartColors, FALLBACK_COLORS, readColors } from './theme';

const stroke = (s: unknown): string => (s as (u: uPlot, i: number) => string)({} as uPlot, 0);

describe('chart options', () => {
  it('have one series per y cell after x, named by their cells', () => {
    const o = chartOptions({ width: 300, x: 'A1', y: ['A2', 'A3'], colors: () => FALLBACK_COLORS });
    expect(o.series.map((s) => s.label)).toEqual(['A1', 'A2', 'A3']);
    expect(o.axes![0].label).toBe('A1');
    expect(o.scales!.x.time).toBe(false);
    expect(o.legend!.show).toBe(false);
    expect(chartOptions({ width: 300, x: null, y: ['A2'], colors: () => FALLBACK_COLORS }).axes![0].label).toBe('index');
  });

  it('take their colors from the current theme at each draw', () => {
    let colors: ChartColors = FALLBACK_COLORS;
    const o = chartOptions({ width: 300, x: 'A1', y: ['A2', 'A3'], colors: () => colors });
    expect(stroke(o.series[1].stroke)).toBe('#2f6fde');
    expect(stroke(o.series[2].stroke)).toBe('#7c3aed');
    expect(stroke(o.axes![0].stroke)).toBe('#69707d');
    colors = { ...FALLBACK_COLORS, muted: '#9aa3b0', series: ['#6ea0ff', '#b794ff'] };
    expect(stroke(o.series[1].stroke)).toBe('#6ea0ff');
    expect(stroke(o.axes![0].stroke)).toBe('#9aa3b0');
    expect(stroke(o.axes![1].grid!.stroke)).toBe(FALLBACK_COLORS.grid);
  });

  it('zoom by dragging along x only, with a y axis sized by its labels, linear unless asked for log', () => {
    const o = chartOptions({ width: 300, x: 'A1', y: ['A2'], colors: () => FALLBACK_COLORS });
    expect(o.cursor!.drag).toMatchObject({ x: true, y: false, setScale: true });
    expect(o.cursor!.drag!.dist).toBeGreaterThan(0);
    expect(typeof o.axes![1].size).toBe('function');
    expect(o.scales!.y).toEqual({});
    const log = chartOptions({ width: 300, x: 'A1', y: ['A2'], log: true, colors: () => FALLBACK_COLORS });
    expect(log.scales!.y).toEqual({ distr: 3, log: 10 });
  });

  it('report the x range after each change of the x scale, and only of x', () => {
    const seen: { min: number; max: number }[] = [];
    const o = chartOptions({ width: 300, x: 'A1', y: ['A2'], colors: () => FALLBACK_COLORS, onScale: (r) => seen.push(r) });
    const hook = o.hooks!.setScale![0]!;
    hook({ scales: { x: { min: -1, max: 1 } } } as unknown as uPlot, 'x');
    hook({ scales: { x: { min: -1, max: 1 } } } as unknown as uPlot, 'y');
    hook({ scales: { x: { min: null, max: null } } } as unknown as uPlot, 'x');
    expect(seen).toEqual([{ min: -1, max: 1 }]);
  });

  it('report the cursor index', () => {
    const seen: (number | null)[] = [];
    const o = chartOptions({ width: 300, x: 'A1', y: ['A2'], colors: () => FALLBACK_COLORS, onCursor: (i) => seen.push(i) });
    const hook = o.hooks!.setCursor![0]!;
    hook({ cursor: { idx: 4 } } as uPlot);
    hook({ cursor: { idx: null } } as uPlot);
    expect(seen).toEqual([4, null]);
  });
});

describe('theme colors', () => {
  it('read the CSS variables, falling back when one is missing', () => {
    const vars: Record<string, string> = { '--fg': ' #e4e7ec', '--accent': '#6ea0ff', '--line': '#2a2f37' };
    const c = readColors((n) => vars[n] ?? '');
    expect(c.fg).toBe('#e4e7ec');
    expect(c.grid).toBe('#2a2f37');
    expect(c.series[0]).toBe('#6ea0ff');
    expect(c.series[1]).toBe(FALLBACK_COLORS.series[1]);
    expect(c.bg).toBe(FALLBACK_COLORS.bg);
  });
});
