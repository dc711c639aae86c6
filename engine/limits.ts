// Owns the resource limits of SPEC §6 (the largest tensor, the longest loop) and the budgets every
// cell's computation runs under (live memory, steps, wall time), with their defaults.

export interface Limits {
  /** Largest number of elements one tensor may have. */
  maxElements: number;
  /** Most iterations a single `while` or `repeat` may run. */
  maxIterations: number;
  /**
   * The memory budget: element-equivalents (8 bytes each) that the workbook's tensors and their
   * history may hold at once. Every tensor costs its elements plus a fixed overhead (see budget.ts).
   */
  maxMemory: number;
  /** Operations and function calls one cell's computation may run, loops nested inside loops counted together. */
  maxSteps: number;
  /** Wall time one cell's computation may take, in milliseconds. */
  maxMillis: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxElements: 2 ** 24,
  maxIterations: 1_000_000,
  // 512 MiB: room for four tensors of the largest size with their history, well inside a browser tab.
  maxMemory: 2 ** 26,
  // About two seconds of a tight scalar loop here; a `repeat` at the iteration limit of a body of a few operations fits.
  maxSteps: 5_000_000,
  maxMillis: 3_000,
});

/** The limits in force. A workbook may lower them (tests do); they are read on every op. */
export const limits: Limits = { ...DEFAULT_LIMITS };

/** Changes some limits (the command line's flags, the library's callers); returns the limits in force before. */
export function setLimits(changes: Partial<Limits>): Limits {
  const before = { ...limits };
  for (const [key, value] of Object.entries(changes) as [keyof Limits, number | undefined][]) {
    if (value === undefined) continue;
    if (!(value > 0)) throw new RangeError(`${key} must be a positive number, got ${value}`);
    limits[key] = value;
  }
  return before;
}
