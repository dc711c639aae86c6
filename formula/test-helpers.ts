// Owns the closeness rule every comparison with PyTorch uses (imported only by tests): SPEC §8 values (nested
// lists of numbers, "NaN" / "Infinity" / "-Infinity", booleans) agree when each number is within
// atol + rtol·|want| and the non-finite ones and booleans are exactly the same.

const NONFINITE: Record<string, number> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity };

export function closeValues(got: unknown, want: unknown, rtol: number, atol: number): boolean {
  if (Array.isArray(want))
    return Array.isArray(got) && got.length === want.length && want.every((w, i) => closeValues(got[i], w, rtol, atol));
  if (typeof want === 'boolean' || typeof got === 'boolean') return got === want;
  const g = typeof got === 'string' ? NONFINITE[got] : got;
  const w = typeof want === 'string' ? NONFINITE[want] : want;
  if (typeof g !== 'number' || typeof w !== 'number') return false;
  if (Number.isNaN(w)) return Number.isNaN(g);
  if (!Number.isFinite(w)) return g === w;
  return Math.abs(g - w) <= atol + rtol * Math.abs(w);
}
