// Owns the train row's scaling figures: the sheet's `train` cell (bench/train.ts) run once at a given
// number of steps, in a process of its own, with its time per step and its memory, so that runs at
// 100, 1,000 and 10,000 steps show whether time grows with the steps linearly and memory stays flat.

import { setLimits } from '../engine/limits';
import { Workbook } from '../formula/book';
import { CELLS, trainFormula } from './train';

export interface Scaling {
  workload: string;
  steps: number;
  ms: number;
  ms_per_step: number;
  /** CPU time (user + system) per step: what the wall time would be on an idle machine (the sheet uses one thread). */
  cpu_ms_per_step: number;
  /** The process's resident set at its largest (the run included), and just before the run, in MB. */
  peak_rss_mb: number;
  rss_before_mb: number;
  /** JS heap plus array buffers still held after the run and a collection, over what was held before. */
  retained_mb?: number;
}

const collect = (globalThis as { gc?: () => void }).gc;
const inUse = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
/** Collects until what is in use stops falling: array buffers' memory is returned after the collection that finds them dead. */
async function settle(): Promise<number> {
  let last = Infinity;
  for (let i = 0; i < 10 && collect; i++) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = inUse();
    if (now >= last) return now;
    last = now;
  }
  return Math.min(last, inUse());
}
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

export async function trainScaling(steps: number): Promise<Scaling> {
  setLimits({ maxMillis: 1e9, maxSteps: 1e9 });
  const book = new Workbook();
  // A short training first, in another cell, so the timed one does not include the code's warm-up.
  book.setMany([...CELLS, ['B2', trainFormula('1e-3', 10)]]);
  const before = await settle();
  const rssBefore = process.memoryUsage().rss;
  const began = performance.now();
  const cpuBefore = process.cpuUsage();
  book.set('B1', trainFormula('1e-3', steps));
  const cpu = process.cpuUsage(cpuBefore);
  const ms = performance.now() - began;
  const peak = process.resourceUsage().maxRSS * 1024;
  const got = book.value('B1');
  if (got.kind !== 'tuple') throw new Error(`B1 is ${JSON.stringify(book.get('B1')).slice(0, 300)}`);
  const retained = collect ? mb((await settle()) - before) : undefined;
  return {
    workload: `train scaling: ${steps.toLocaleString('en-US')} steps`,
    steps,
    ms: Math.round(ms),
    ms_per_step: Math.round((ms / steps) * 100) / 100,
    cpu_ms_per_step: Math.round(((cpu.user + cpu.system) / 1000 / steps) * 100) / 100,
    peak_rss_mb: mb(peak),
    rss_before_mb: mb(rssBefore),
    ...(retained === undefined ? {} : { retained_mb: retained }),
  };
}
