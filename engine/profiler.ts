// Owns the autograd profiler's clock (SPEC §14): while a profile is open, every operation's forward and
// every backward rule is timed into one row per (name, phase), with calls, self and total time, as PyTorch's
// `profile().key_averages()` does; cells report their own times. With no profile open, the only cost is
// the `activeProfile === null` test at each op.

// The engine is built without DOM or Node types; Node, browsers and workers all have this clock.
declare const performance: { now(): number };

export type Phase = 'forward' | 'backward';

/** One row of the table: an operation (`div`) or a backward rule (`DivBackward0`). */
export interface ProfileRow {
  name: string;
  phase: Phase;
  calls: number;
  /** Time inside the row's own code, not in the rows it ran (a backward rule's nested backward pass). */
  selfMs: number;
  /** Time from entering to leaving, nested rows included. */
  totalMs: number;
}

/** A cell's computation time (its formula and every operation it ran). */
export interface CellTime {
  cell: string;
  ms: number;
}

interface Frame {
  row: ProfileRow;
  started: number;
  /** Time spent in rows this one ran, taken out of its self time. */
  nested: number;
}

export class Profile {
  private readonly rows = new Map<string, ProfileRow>();
  private readonly frames: Frame[] = [];
  private readonly cells = new Map<string, number>();
  /**
   * Backward passes open now. An operation a backward rule runs (`div` inside DivBackward0) is part of
   * that rule's time, not a forward call: a gradient reuses the recorded forward, which counts once.
   */
  private backwardDepth = 0;
  /** The clock, in ms (a test may give its own). */
  constructor(readonly now: () => number = () => performance.now()) {}

  /** Whether an operation starting now is a forward row of its own. */
  get recordsForward(): boolean {
    return this.backwardDepth === 0;
  }

  enter(name: string, phase: Phase): void {
    const key = `${phase}\u0000${name}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { name, phase, calls: 0, selfMs: 0, totalMs: 0 }));
    row.calls++;
    this.frames.push({ row, started: this.now(), nested: 0 });
  }

  leave(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    const took = this.now() - frame.started;
    frame.row.totalMs += took;
    frame.row.selfMs += took - frame.nested;
    const outer = this.frames.at(-1);
    if (outer) outer.nested += took;
  }

  backwardPassBegins(): void {
    this.backwardDepth++;
  }

  backwardPassEnds(): void {
    this.backwardDepth--;
  }

  cell(label: string, ms: number): void {
    this.cells.set(label, (this.cells.get(label) ?? 0) + ms);
  }

  /** The rows, slowest self time first (ties by name, so the order is stable). */
  table(): ProfileRow[] {
    return [...this.rows.values()].sort((a, b) => b.selfMs - a.selfMs || a.name.localeCompare(b.name) || a.phase.localeCompare(b.phase));
  }

  /** The cells' times, slowest first. */
  cellTimes(): CellTime[] {
    return [...this.cells].map(([cell, ms]) => ({ cell, ms })).sort((a, b) => b.ms - a.ms || a.cell.localeCompare(b.cell));
  }
}

/** The profile being recorded, or null: read by the op core and autograd at each step. */
export let activeProfile: Profile | null = null;

/** Runs `work` with `profile` recording (profiles do not nest: an inner one replaces the outer until it ends). */
export function withProfile<T>(profile: Profile, work: () => T): T {
  const outer = activeProfile;
  activeProfile = profile;
  try {
    return work();
  } finally {
    activeProfile = outer;
  }
}
