import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { checkLoss } from '../train/candidates';
import { readHyper } from '../train/hyper-form';
import { TrainRun } from '../train/trainer';
import { fitLine } from './gallery-fit-line';
import { twoLayer } from './gallery-two-layer';

const number = (b: Workbook, ref: string): number => {
  const j = b.get(ref);
  if (j.kind !== 'tensor' || typeof j.value !== 'number') throw new Error(`${ref}: ${JSON.stringify(j)}`);
  return j.value;
};

describe.each([
  { example: fitLine, loss: 'Fit!A9', params: ['Fit!A6', 'Fit!A7'], first: 'Fit!A13', last: 'Fit!A14' },
  { example: twoLayer, loss: 'Net!A14', params: ['Net!A6', 'Net!A7', 'Net!A8', 'Net!A9'], first: 'Net!A18', last: 'Net!A19' },
])('$example.title', ({ example, loss, params, first, last }) => {
  it('offers its parameter cells, all checked, and no data cell checked', () => {
    const book = Workbook.fromJSON(example.workbook);
    const r = checkLoss(book, loss);
    if (!r.ok) throw new Error(r.message);
    expect(r.candidates.filter((c) => c.checked).map((c) => c.label)).toEqual(params);
  });

  it("falls under the panel's Adam defaults within 300 steps, and the train cell shows the same fall", () => {
    const book = Workbook.fromJSON(example.workbook);
    const [before, after] = [number(book, first), number(book, last)];
    const hyper = readHyper('adam', {});
    if (typeof hyper === 'string') throw new Error(hyper);
    const run = TrainRun.start(book, { loss, params, optimizer: 'adam', hyper, steps: 300 });
    if (typeof run === 'string') throw new Error(run);
    expect(run.slice(60_000)).toBeNull();
    expect(run.step).toBe(300);
    const [start] = run.losses;
    expect(run.losses[299]).toBeLessThan(start / 5);
    // The sheet function takes the same steps: its losses are the panel's.
    expect(before).toBeCloseTo(start, 9);
    expect(after).toBeCloseTo(run.losses[299], 9);
    // It reads the data, not the parameter cells: training them never recomputed it.
    expect([number(book, first), number(book, last)]).toEqual([before, after]);
  });
});
