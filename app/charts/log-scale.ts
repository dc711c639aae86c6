// Owns a chart's y values on a logarithmic scale: only values above 0 have a place on it, so zero and
// negative values become gaps (as NaN and infinities already do) and a note says how many were left out.

import type { Column } from './chart-data';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export type LogColumns = { ok: true; columns: Column[]; notes: string[] } | { ok: false; problem: string };

/** `[xs, ys…]` for a log y scale: y values ≤ 0 become gaps; `labels` name the y columns in the notes. */
export function forLogScale(columns: Column[], labels: string[]): LogColumns {
  const notes: string[] = [];
  let positive = 0;
  const out = columns.map((col, i): Column => {
    if (i === 0) return col;
    let dropped = 0;
    const kept = Array.from(col as ArrayLike<number | null>, (v) => {
      if (v === null) return null;
      if (v > 0) {
        positive++;
        return v;
      }
      dropped++;
      return null;
    });
    if (dropped === 0) return col;
    notes.push(`${labels[i - 1]}: ${plural(dropped, 'value')} ≤ 0 left out of the log scale`);
    return kept;
  });
  if (positive === 0) return { ok: false, problem: 'a log scale draws values above 0, and no y value is above 0' };
  return { ok: true, columns: out, notes };
}
