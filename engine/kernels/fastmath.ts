// Owns fast elementwise sin, cos and exp over Float64Arrays, each within one ulp of the correctly
// rounded result (measured worst case 0.513 ulp, against 0.81 for V8's `Math.*`); the ops' loops may
// call these instead of `Math.*` element by element.
//
// Why they are faster: `Math.sin` and `Math.exp` call fdlibm, which is not inlined into the loop and
// picks its reduction and polynomial by branching on the argument, and those branches mispredict on
// random data. Here each kernel is one loop whose common path has no unpredictable branch: the argument
// is reduced against a table, the entry is picked by an integer index and signs come from integer
// arithmetic. Rare arguments (NaN, ±Infinity, huge ones, ±0 and near-zeros of sin and cos, exp near its
// overflow and underflow thresholds) branch to `Math.*` for that element, a branch that predicts well
// because it is rarely taken.
//
// The constants are module-level so that V8 embeds them in the code. Copies loaded into locals before
// the loop measured slower: the first long call runs on-stack-replaced code that re-checks them per element.

import { exp2Tables, pow2Table, trigTables } from './fastmath-tables';

/** 1.5·2^52: x + SHIFT - SHIFT rounds x to the nearest integer for |x| < 2^51. */
const SHIFT = 6755399441055744;

// sin and cos reduce x = k·π/512 + r with |r| ≤ π/1024. The split of π/512 is fdlibm's split of π/2
// (pio2_1 with 31 significant bits, pio2_1t; FreeBSD msun e_rem_pio2.c) divided by 256, so k·STEP_HI
// is exact while |k| < 2^22, that is |x| < 25 735.
const INV_STEP = 6.36619772367581382433e-1 * 256;
const STEP_HI = 1.57079632673412561417 / 256;
const STEP_LO = 6.07710050650619224932e-11 / 256;
/** Beyond this the reduction is not exact; `Math.*` takes over. */
const TRIG_MAX = 25000;
/** Near a zero of the function the reduction must be good relative to r: |r| > |k|·2^-32 keeps it within 2^-62. */
const TRIG_TINY = 2 ** -32;
// Taylor coefficients; on |r| ≤ π/1024 the first omitted terms are below 2^-59 of the result.
const S3 = -1 / 6;
const S5 = 1 / 120;
const C4 = 1 / 24;
/** sin a (hi + lo) and cos a - 1 at a = (i - 256)·π/512, i = 0…511. */
const { sinHi: SIN_HI, sinLo: SIN_LO, cosM1: COS_M1 } = trigTables();

// exp reduces x = (512·k + j)·ln2/512 + r with |r| ≤ ln2/1024. The split of ln2/512 is fdlibm's ln2HI
// (32 significant bits) and ln2LO (FreeBSD msun e_exp.c) divided by 512.
const INV_LN2_512 = 1.442695040888963387 * 512;
const LN2_512_HI = 6.9314718036912381649e-1 / 512;
const LN2_512_LO = 1.90821492927058770002e-10 / 512;
/** Below this |x| the result is a normal number and 2^k a table entry (e^-708.39 > 2^-1022). */
const EXP_NORMAL = 708.39;
/** Beyond this |x| the result is 0 or Infinity (e^-746 < 2^-1075, e^746 > 2^1024). */
const EXP_SATURATED = 746;
// Taylor coefficients of e^r - 1 past r; the first omitted term, r^5/120, is below 2^-59.
const E2 = 1 / 2;
const E3 = 1 / 6;
const E4 = 1 / 24;
/** 2^(j/512) as hi + lo. */
const { hi: EXP2_HI, lo: EXP2_LO } = exp2Tables();
/** 2^(k - 1022). */
const POW2 = pow2Table(1022);
/** e^x for |x| beyond EXP_SATURATED, indexed by x > 0. */
const SATURATED = new Float64Array([0, Infinity]);

// sinInto and cosInto are one method written out twice (a shared loop taking the quarter turn as a
// parameter measured 10% slower). With x = k·π/512 + hi + lo and q = k + 256 (cos adds a quarter turn,
// another 256), the table point is a = (q mod 512 - 256)·π/512 ∈ [-π/2, π/2) and the sign is
// (-1)^floor(q / 512). Then sin(a + r) = sin a·cos r + cos a·sin r is summed so that nothing cancels:
// sin a + hi exactly (s + e, Fast2Sum, as |sin a| ≥ |hi| unless sin a = 0), cos a·(hi + u) as
// hi + (cos a - 1)·(hi + u) + u, with u = sin(hi + lo) - hi to first order in lo and cm1 = cos hi - 1.
// At the table's zero (q mod 512 = 256) the result is about r, so the reduction must be accurate
// relative to r; arguments closer than |k|·2^-32 to a zero of the function go to `Math.*`.

/**
 * out[i] = sin(src[i]) for i < n, within one ulp of the correctly rounded value (about 0.51 ulp: the
 * final rounding plus errors below 2^-58 of the result). Method: Cody–Waite reduction by π/512 (exact
 * for |x| ≤ 25 000; beyond, `Math.sin`), a table of sin and cos at multiples of π/512, and Taylor
 * series for sin r and cos r to r^5 and r^4.
 */
export function sinInto(src: Float64Array, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = src[i];
    if (!(Math.abs(x) <= TRIG_MAX)) {
      out[i] = Math.sin(x);
      continue;
    }
    const k = x * INV_STEP + SHIFT - SHIFT;
    const r = x - k * STEP_HI;
    const w = k * STEP_LO;
    const hi = r - w;
    const q = (k | 0) + 256;
    const at = q & 511;
    if (at === 256 && !(Math.abs(hi) > Math.abs(k) * TRIG_TINY)) {
      out[i] = Math.sin(x);
      continue;
    }
    const lo = r - hi - w;
    const z = hi * hi;
    const u = lo + hi * z * (S3 + z * S5);
    const cm1 = z * (C4 * z - 0.5);
    const sh = SIN_HI[at];
    const s = sh + hi;
    const e = sh - s + hi;
    const v = s + (e + SIN_LO[at] + COS_M1[at] * (hi + u) + u + sh * cm1);
    out[i] = v * (1 - ((q >> 8) & 2));
  }
}

/**
 * out[i] = cos(src[i]) for i < n, within one ulp; `sinInto`'s method applied to x + π/2. Its own copy
 * of the loop rather than a quarter-turn parameter of `sinInto`'s: the shared loop measured 10% slower.
 */
export function cosInto(src: Float64Array, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = src[i];
    if (!(Math.abs(x) <= TRIG_MAX)) {
      out[i] = Math.cos(x);
      continue;
    }
    const k = x * INV_STEP + SHIFT - SHIFT;
    const r = x - k * STEP_HI;
    const w = k * STEP_LO;
    const hi = r - w;
    const q = (k | 0) + 512;
    const at = q & 511;
    if (at === 256 && !(Math.abs(hi) > Math.abs(k) * TRIG_TINY)) {
      out[i] = Math.cos(x);
      continue;
    }
    const lo = r - hi - w;
    const z = hi * hi;
    const u = lo + hi * z * (S3 + z * S5);
    const cm1 = z * (C4 * z - 0.5);
    const sh = SIN_HI[at];
    const s = sh + hi;
    const e = sh - s + hi;
    const v = s + (e + SIN_LO[at] + COS_M1[at] * (hi + u) + u + sh * cm1);
    out[i] = v * (1 - ((q >> 8) & 2));
  }
}

/**
 * out[i] = e^src[i] for i < n, within one ulp of the correctly rounded value (about 0.51 ulp, as for
 * sin). Method (Tang's): x = (512·k + j)·ln2/512 + r, e^x = 2^k · 2^(j/512) · e^r with 2^(j/512) from
 * the table as hi + lo, e^r - 1 a degree-4 Taylor polynomial and 2^k a table entry. For |x| from 708.39
 * to 746 (results near overflow, or subnormal) `Math.exp` takes over; beyond, the result is 0 or
 * Infinity by the sign, read without a branch so that arrays of huge arguments stay fast.
 */
export function expInto(src: Float64Array, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = src[i];
    if (!(Math.abs(x) < EXP_NORMAL)) {
      // `+(x > 0)` compiles to a flag read, not a branch, which matters when signs are random.
      out[i] = Math.abs(x) > EXP_SATURATED ? SATURATED[+(x > 0)] : Math.exp(x);
      continue;
    }
    const m = x * INV_LN2_512 + SHIFT - SHIFT;
    const r = x - m * LN2_512_HI - m * LN2_512_LO;
    const p = r + r * r * (E2 + r * (E3 + r * E4));
    const mi = m | 0;
    const j = mi & 511;
    const th = EXP2_HI[j];
    out[i] = (th + (EXP2_LO[j] + th * p)) * POW2[(mi >> 9) + 1022];
  }
}
