// Owns drawing the loss curve: the losses so far as an SVG polyline's points in a box, on a linear or a log
// scale, thinned to at most MAX_POINTS (each kept point the extreme of its stretch, so spikes stay seen).

export const MAX_POINTS = 400;

export interface Curve {
  /** The polyline's `points`, x from 0 to width, y from height (lowest) to 0 (highest). */
  points: string;
  /** The values at the bottom and the top of the box. */
  low: number;
  high: number;
}

/** Indices to draw: all of them, or per stretch its first and its most extreme one. */
function thinned(values: readonly number[]): number[] {
  const n = values.length;
  if (n <= MAX_POINTS) return values.map((_, i) => i);
  const per = Math.ceil(n / (MAX_POINTS / 2));
  const out: number[] = [];
  for (let start = 0; start < n; start += per) {
    const end = Math.min(n, start + per);
    let lo = start;
    let hi = start;
    for (let i = start; i < end; i++) {
      if (values[i] < values[lo]) lo = i;
      if (values[i] > values[hi]) hi = i;
    }
    out.push(...[lo, hi].sort((a, b) => a - b).filter((v, i, a) => i === 0 || v !== a[0]));
  }
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

/** The curve of `losses` in a width × height box; null when there is nothing to draw (on a log scale, no positive loss). */
export function lossCurve(losses: readonly number[], width: number, height: number, log: boolean): Curve | null {
  const scaled = losses.map((x) => (log ? (x > 0 ? Math.log10(x) : NaN) : x));
  const drawn = thinned(scaled).filter((i) => Number.isFinite(scaled[i]));
  if (drawn.length === 0) return null;
  let low = Infinity;
  let high = -Infinity;
  for (const i of drawn) {
    low = Math.min(low, scaled[i]);
    high = Math.max(high, scaled[i]);
  }
  const span = high - low || 1;
  const last = Math.max(1, losses.length - 1);
  const points = drawn
    .map((i) => `${((i / last) * width).toFixed(1)},${(height - ((scaled[i] - low) / span) * height).toFixed(1)}`)
    .join(' ');
  return { points, low: log ? 10 ** low : low, high: log ? 10 ** high : high };
}
