// Owns how a workload is timed: results checked for agreement first, warm-up, then Gradsheet and its
// peer run alternately, and the medians compared.

export interface Side {
  /** One timed run. */
  run(): void | Promise<void>;
}

export interface Prepared {
  gradsheet: Side;
  peer: Side;
  /** Throws when the two sides disagree on the result (called before any timing). */
  check(): void | Promise<void>;
  /** What one run does, for the table's unit, e.g. "10,000 iterations". */
  unit?: string;
  /** Extra figures to report (e.g. GFLOP/s), from the medians in ms. */
  extra?(gradsheetMs: number, peerMs: number): Record<string, number>;
  dispose?(): void | Promise<void>;
}

export interface Workload {
  name: string;
  peer: string;
  runs?: number;
  warmup?: number;
  prepare(): Promise<Prepared>;
}

export interface Result {
  workload: string;
  gradsheet_ms: number;
  peer: string;
  peer_ms: number;
  ratio: number;
  gradsheet_mem_mb?: number;
  peer_mem_mb?: number;
  [extra: string]: string | number | undefined;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function timed(side: Side): Promise<number> {
  const t = performance.now();
  await side.run();
  return performance.now() - t;
}

export async function measure(w: Workload): Promise<Result> {
  const p = await w.prepare();
  await p.check();
  const warmup = w.warmup ?? 3;
  const runs = w.runs ?? 15;
  for (let i = 0; i < warmup; i++) {
    await p.gradsheet.run();
    await p.peer.run();
  }
  const g: number[] = [];
  const q: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which side goes first, so neither always runs on a warmer cache.
    if (i % 2 === 0) {
      g.push(await timed(p.gradsheet));
      q.push(await timed(p.peer));
    } else {
      q.push(await timed(p.peer));
      g.push(await timed(p.gradsheet));
    }
  }
  const gm = median(g);
  const pm = median(q);
  const memory = { gradsheet_mem_mb: await memoryOfRun(p.gradsheet), peer_mem_mb: await memoryOfRun(p.peer) };
  await p.dispose?.();
  return {
    workload: w.name,
    gradsheet_ms: round(gm),
    peer: w.peer,
    peer_ms: round(pm),
    ratio: round(gm / pm, 3),
    ...memory,
    ...(p.extra?.(gm, pm) ?? {}),
  };
}

const collect = (globalThis as { gc?: () => void }).gc;
const inUse = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Memory one run takes, after the timed runs: the JS heap plus array buffers (typed-array data lives
 * outside the heap) grown over a run that starts from a collected heap, largest of three, in MB.
 * Without --expose-gc (the benchmark's launcher passes it) it is not measured.
 */
async function memoryOfRun(side: Side): Promise<number | undefined> {
  if (!collect) return undefined;
  let most = 0;
  for (let i = 0; i < 3; i++) {
    collect();
    const before = inUse();
    await side.run();
    most = Math.max(most, inUse() - before);
  }
  return round(most / 2 ** 20, 1);
}

const round = (x: number, digits = 3): number => Number(x.toPrecision(Math.max(digits, 1) + 2));
