// Owns zooming and panning a chart along x: dragging selects a range to zoom into (uPlot's drag), a
// double-click or "Reset zoom" shows everything again, and Shift+drag pans a zoomed chart. The range
// arithmetic is pure; attachPan wires it to the plot's mouse events.

import type uPlot from 'uplot';
import type { Column } from './chart-data';

export interface Range {
  min: number;
  max: number;
}

/** The x range the data spans (x is ascending), or null when there is none. */
export function extentOf(xs: Column): Range | null {
  const n = xs.length;
  const first = n > 0 ? xs[0] : null;
  const last = n > 0 ? xs[n - 1] : null;
  return first === null || last === null ? null : { min: first, max: last };
}

/** Whether `range` shows less than the data's whole extent (beyond rounding). */
export function isZoomed(range: Range, extent: Range | null): boolean {
  if (!extent) return false;
  const tolerance = Math.max(Math.abs(extent.max - extent.min), Number.MIN_VALUE) * 1e-9;
  return range.min > extent.min + tolerance || range.max < extent.max - tolerance;
}

/**
 * The range after dragging the plot `dx` CSS pixels to the right over a plot `width` pixels wide: the data
 * follows the pointer, and the window stays inside the data's extent (a window as wide as it does not move).
 */
export function panned(start: Range, dx: number, width: number, extent: Range): Range {
  const span = start.max - start.min;
  if (!(width > 0) || !(span > 0) || span >= extent.max - extent.min) return start;
  const shift = (-dx / width) * span;
  const min = Math.min(Math.max(start.min + shift, extent.min), extent.max - span);
  return { min, max: min + span };
}

/**
 * Shift+drag on the plot pans its x scale. The listener runs before uPlot's own (capture on the same
 * element) and keeps that press from starting a zoom selection. Returns what removes it.
 */
export function attachPan(u: uPlot, extent: () => Range | null): () => void {
  const over = u.over;
  const onDown = (e: MouseEvent) => {
    if (!e.shiftKey || e.button !== 0) return;
    const whole = extent();
    const { min, max } = u.scales.x;
    if (!whole || min == null || max == null) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    const x0 = e.clientX;
    const start = { min, max };
    const width = over.clientWidth;
    const onMove = (m: MouseEvent) => u.setScale('x', panned(start, m.clientX - x0, width, whole));
    const onUp = () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
  };
  over.addEventListener('mousedown', onDown, true);
  return () => over.removeEventListener('mousedown', onDown, true);
}
