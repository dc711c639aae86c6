import { describe, expect, it } from 'vitest';
import { Profile, withProfile } from '../engine/profiler';
import type { WorkbookFile } from '../storage/format';
import { Workbook } from './book';
import { profileWorkbook } from './profile';

const book = (cells: Record<string, string>): WorkbookFile => ({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [{ name: 'Sheet1', cells }],
  names: {},
  charts: [],
});

/** The tutorial's profiler example: z = (z / x) * y a thousand times, and the gradient through it. */
const TUTORIAL = book({
  A1: '=randn(2, 3, requires_grad=true, seed=1)',
  A2: '=rand(2, 3, requires_grad=true, seed=2)',
  A3: '=ones(2, 3, requires_grad=true)',
  A4: '=repeat(1000, A3, z => (z / A1) * A2)',
  A5: '=grad(A4.sum(), A1)',
});

const row = (p: ReturnType<typeof profileWorkbook>, name: string, phase: string) => p.ops.find((r) => r.name === name && r.phase === phase);

describe('the autograd profiler', () => {
  it('counts each forward operation exactly once, and each backward rule per backward pass', () => {
    const p = profileWorkbook(TUTORIAL);
    expect(row(p, 'div', 'forward')?.calls).toBe(1000);
    expect(row(p, 'mul', 'forward')?.calls).toBe(1000);
    // The gradient reuses the recorded forward: the ops its rules run are the rules' own time.
    expect(row(p, 'DivBackward0', 'backward')?.calls).toBe(1000);
    expect(row(p, 'MulBackward0', 'backward')?.calls).toBe(1000);
    expect(row(p, 'SumBackward0', 'backward')?.calls).toBe(1);
    expect(row(p, 'sum', 'forward')?.calls).toBe(1);
  });

  it('sorts rows by self time and gives each cell its time', () => {
    const p = profileWorkbook(TUTORIAL);
    const selfs = p.ops.map((r) => r.selfMs);
    expect(selfs).toEqual([...selfs].sort((a, b) => b - a));
    for (const r of p.ops) expect(r.totalMs).toBeGreaterThanOrEqual(r.selfMs - 1e-9);
    expect(p.cells.map((c) => c.cell).sort()).toEqual(['Sheet1!A1', 'Sheet1!A2', 'Sheet1!A3', 'Sheet1!A4', 'Sheet1!A5']);
    expect(p.cells[0].ms).toBeGreaterThanOrEqual(p.cells.at(-1)!.ms);
  });

  it('takes nested time out of the outer row: self is total minus what it ran', () => {
    let t = 0;
    const profile = new Profile(() => t);
    profile.enter('outer', 'backward');
    t += 5;
    profile.enter('inner', 'forward');
    t += 3;
    profile.leave();
    t += 2;
    profile.leave();
    expect(profile.table()).toEqual([
      { name: 'outer', phase: 'backward', calls: 1, selfMs: 7, totalMs: 10 },
      { name: 'inner', phase: 'forward', calls: 1, selfMs: 3, totalMs: 3 },
    ]);
  });

  it('records nothing when no profile is open, and an inner profile leaves the outer as it was', () => {
    const outer = new Profile();
    withProfile(outer, () => {
      const inner = new Profile();
      withProfile(inner, () => Workbook.fromFile(book({ A1: '=exp(ones(2))' })));
      expect(inner.table().map((r) => r.name)).toContain('exp');
    });
    expect(outer.table()).toEqual([]);
    Workbook.fromFile(book({ A1: '=exp(ones(2))' }));
    expect(outer.table()).toEqual([]);
  });

  it('keeps counting past an error: a failing op still closes its row', () => {
    const p = profileWorkbook(book({ A1: '=ones(2) + ones(3)', A2: '=exp(ones(2))' }));
    expect(row(p, 'add', 'forward')?.calls).toBe(1);
    expect(row(p, 'exp', 'forward')?.calls).toBe(1);
  });
});
