// Owns how the to-torch tests compare a cell the script printed with the sheet's (imported only by *.test.ts
// files): kind, shape, values to 1e-9 relative (1e-12 absolute near zero), requires_grad and grad_fn.

import { readFileSync } from 'node:fs';
import { closeValues } from '../../formula/test-helpers';

type Json = Record<string, unknown>;

/** Why the script's cell differs from the sheet's, or null when they agree (numbers to rtol, with atol near zero). */
export function differs(got: Json, want: Json, rtol = 1e-9, atol = 1e-12): string | null {
  if (got.kind !== want.kind) return `kind ${String(got.kind)}, the sheet ${String(want.kind)}`;
  switch (want.kind) {
    case 'text':
      return got.value === want.value ? null : `text ${JSON.stringify(got.value)}, the sheet ${JSON.stringify(want.value)}`;
    case 'function':
      return JSON.stringify(got.params) === JSON.stringify(want.params)
        ? null
        : `params ${JSON.stringify(got.params)}, the sheet ${JSON.stringify(want.params)}`;
    case 'tuple': {
      const [g, w] = [got.items as Json[], want.items as Json[]];
      if (g.length !== w.length) return `a tuple of ${g.length}, the sheet ${w.length}`;
      for (let i = 0; i < w.length; i++) {
        const m = differs(g[i], w[i], rtol, atol);
        if (m !== null) return `item ${i}: ${m}`;
      }
      return null;
    }
    case 'tensor':
    case 'bool': {
      if (JSON.stringify(got.shape) !== JSON.stringify(want.shape))
        return `shape ${JSON.stringify(got.shape)}, the sheet ${JSON.stringify(want.shape)}`;
      if (!closeValues(got.value, want.value, rtol, atol))
        return `value ${JSON.stringify(got.value).slice(0, 200)}, the sheet ${JSON.stringify(want.value).slice(0, 200)}`;
      for (const key of want.kind === 'tensor' ? ['requires_grad', 'grad_fn'] : []) {
        if (got[key] !== want[key]) return `${key} ${JSON.stringify(got[key])}, the sheet ${JSON.stringify(want[key])}`;
      }
      return null;
    }
    case 'empty':
      return null;
    default:
      return `a ${String(want.kind)} cell is never printed`;
  }
}

/** The optimizer golden cases (engine/optim-cases.json) as sheets: train's steps, exported, run torch.optim's own optimizers. */
export function trainingBooks(): { id: string; cells: Record<string, string> }[] {
  const optim = JSON.parse(readFileSync(new URL('../../engine/optim-cases.json', import.meta.url), 'utf8')) as {
    cells: Record<string, unknown>;
    cases: { name: string; formula: string; start: unknown[] }[];
  };
  const data = (v: unknown) => `=${JSON.stringify(v)}`;
  return optim.cases.map((c, i) => {
    const cells: Record<string, string> = {
      A1: data(optim.cells.A1),
      A2: data(optim.cells.A2),
      A5: data(optim.cells.A5),
      A3: data(c.start[0]),
      B1: c.formula,
    };
    if (c.start.length > 1) cells.A4 = data(c.start[1]);
    return { id: `optim:${i}:${c.name}`, cells };
  });
}
