// Owns the resource limits of SPEC §6: the largest tensor and the longest loop.

export interface Limits {
  /** Largest number of elements one tensor may have. */
  maxElements: number;
  /** Most iterations a single `while` or `repeat` may run. */
  maxIterations: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({ maxElements: 2 ** 24, maxIterations: 1_000_000 });

/** The limits in force. A workbook may lower them (tests do); they are read on every op. */
export const limits: Limits = { ...DEFAULT_LIMITS };
