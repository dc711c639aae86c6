// Owns the colors charts draw with: read from the theme's CSS variables, and read again when the
// theme changes (`document.documentElement.dataset.theme`).

import { createSignal, onCleanup } from 'solid-js';

export interface ChartColors {
  fg: string;
  muted: string;
  grid: string;
  axis: string;
  bg: string;
  /** One color per y series, in order; it repeats past its end. */
  series: string[];
}

/** The CSS variables series take their colors from, in order; the legend uses the same ones. */
export const SERIES_VARS = ['--accent', '--grad', '--tok-number', '--tok-string', '--error', '--warn'];

export const seriesVar = (i: number): string => SERIES_VARS[i % SERIES_VARS.length];

/** Light-theme fallbacks, for when a variable is missing (and for tests). */
export const FALLBACK_COLORS: ChartColors = {
  fg: '#1d2129',
  muted: '#69707d',
  grid: '#e3e6ea',
  axis: '#c9ced6',
  bg: '#ffffff',
  series: ['#2f6fde', '#7c3aed', '#0b7a5e', '#a3451a', '#c0392b', '#b7791f'],
};

/** Reads the chart colors from computed CSS variables. */
export function readColors(read: (name: string) => string): ChartColors {
  const get = (name: string, fallback: string) => read(name).trim() || fallback;
  return {
    fg: get('--fg', FALLBACK_COLORS.fg),
    muted: get('--muted', FALLBACK_COLORS.muted),
    grid: get('--line', FALLBACK_COLORS.grid),
    axis: get('--line-strong', FALLBACK_COLORS.axis),
    bg: get('--bg', FALLBACK_COLORS.bg),
    series: SERIES_VARS.map((v, i) => get(v, FALLBACK_COLORS.series[i])),
  };
}

/** The current chart colors as a signal, updated when the theme attribute changes. Call inside a component. */
export function createChartColors(): () => ChartColors {
  const root = document.documentElement;
  const read = () => readColors((name) => getComputedStyle(root).getPropertyValue(name));
  const [colors, setColors] = createSignal(read());
  const observer = new MutationObserver(() => setColors(read()));
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  onCleanup(() => observer.disconnect());
  return colors;
}
