// Checks `train` through a sheet against torch.optim: every case of engine/optim-cases.json (written by
// engine/optim-cases.py with PyTorch, float64) is a cell `=train(...)`, whose parameters after N steps and
// N losses must match PyTorch's to 1e-9 relative.

import { describe, expect, it } from 'vitest';
import { Workbook } from '../index';
import golden from '../../engine/optim-cases.json';

type Nested = number | Nested[];

interface Case {
  name: string;
  formula: string;
  tuple: boolean;
  start: Nested[];
  params_after: Nested[];
  losses: number[];
}

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);

/** Relative agreement to 1e-9 (absolute near zero), element by element. */
function expectClose(got: unknown, want: unknown, what: string): void {
  const g = flat(got);
  const w = flat(want);
  expect(g.length, what).toBe(w.length);
  g.forEach((x, i) => {
    const tol = 1e-9 * Math.max(1, Math.abs(w[i]));
    if (!(Math.abs(x - w[i]) <= tol)) expect.fail(`${what}[${i}]: got ${x}, PyTorch ${w[i]}`);
  });
}

const sheetOf = (c: Case) => {
  const cells: Record<string, string> = {
    A1: `=${JSON.stringify(golden.cells.A1)}`,
    A2: `=${JSON.stringify(golden.cells.A2)}`,
    A5: `=${JSON.stringify(golden.cells.A5)}`,
    A3: `=${JSON.stringify(c.start[0])}`,
    B1: c.formula,
  };
  if (c.start.length > 1) cells.A4 = `=${JSON.stringify(c.start[1])}`;
  return Workbook.fromJSON({ format: 'gradsheet', version: 1, sheets: [{ name: 'Sheet1', cells }] });
};

interface View {
  kind: string;
  value?: unknown;
  items?: View[];
  requires_grad?: boolean;
  message?: string;
}

describe('train matches torch.optim (engine/optim-cases.json)', () => {
  const cases = golden.cases as Case[];

  it('covers every optimizer and keyword', () => {
    const text = cases.map((c) => c.formula.toLowerCase()).join(' ');
    for (const o of ['sgd', 'adam', 'adamw', 'rmsprop', 'adagrad']) expect(text).toContain(`optimizer="${o}"`);
    for (const k of ['momentum', 'dampening', 'nesterov', 'weight_decay', 'maximize', 'betas', 'eps', 'amsgrad', 'alpha', 'centered']) {
      expect(text).toContain(`${k}=`);
    }
    for (const k of ['lr_decay', 'initial_accumulator_value']) expect(text).toContain(`${k}=`);
  });

  for (const c of cases) {
    it(c.name, () => {
      const got = sheetOf(c).get('Sheet1!B1') as View;
      if (got.kind !== 'tuple') expect.fail(`${c.formula}: ${JSON.stringify(got)}`);
      const [after, losses] = got.items!;
      expect(losses.requires_grad).toBe(false);
      expectClose(losses.value, c.losses, 'losses');
      const params = c.tuple ? after.items! : [after];
      expect(params.length).toBe(c.params_after.length);
      params.forEach((p, i) => {
        expect(p.requires_grad).toBe(false);
        expectClose(p.value, c.params_after[i], `param ${i}`);
      });
    });
  }
});
