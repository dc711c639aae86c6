// Tests of the fast kernels: agreement with `Math.*` over random and arbitrary doubles, distance from
// correctly rounded values computed in 200-bit fixed point, special values and the `n` argument.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosInto, expInto, sinInto } from './fastmath';
import { makeRandom } from '../random';

type Kernel = (src: Float64Array, out: Float64Array, n: number) => void;

const KERNELS: [string, Kernel, (x: number) => number][] = [
  ['sin', sinInto, Math.sin],
  ['cos', cosInto, Math.cos],
  ['exp', expInto, Math.exp],
];

function apply(kernel: Kernel, xs: ArrayLike<number>): Float64Array {
  const src = Float64Array.from(xs);
  const out = new Float64Array(src.length);
  kernel(src, out, src.length);
  return out;
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
const u64 = new BigUint64Array(f64.buffer);

/** Position of x on the line of doubles, so that neighbours differ by 1 (-0 and +0 share 0). */
function ordinal(x: number): bigint {
  f64[0] = x;
  const b = i64[0];
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

/** Distance in ulps through the bit patterns: 0 for equal values (or two NaNs), Infinity if only one is NaN. */
function ulps(a: number, b: number): number {
  if (a === b || (a !== a && b !== b)) return 0;
  if (a !== a || b !== b) return Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

/** Largest ulp distance between kernel and reference over xs, with the argument where it occurs. */
function worst(kernel: Kernel, ref: (x: number) => number, xs: Float64Array): { ulps: number; at: number } {
  const out = new Float64Array(xs.length);
  kernel(xs, out, xs.length);
  let w = { ulps: 0, at: NaN };
  for (let i = 0; i < xs.length; i++) {
    const u = ulps(out[i], ref(xs[i]));
    if (u > w.ulps) w = { ulps: u, at: xs[i] };
  }
  return w;
}

function uniform(seed: number, lo: number, hi: number, n: number): Float64Array {
  const next = makeRandom(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * next());
}

// --- Correctly rounded references, in fixed point with 200 fraction bits (π by Machin's formula). ---

const FRAC = 200n;
const ONE = 1n << FRAC;
const mul = (a: bigint, b: bigint): bigint => (a * b) >> FRAC;

/** Σ ±t/d over the odd d with t = ONE / n^d: atan(1/n), or atanh(1/n) when `alternate` is false. */
function arcSeries(n: bigint, alternate: boolean): bigint {
  let sum = 0n;
  for (let t = ONE / n, d = 1n; t !== 0n; t /= n * n, d += 2n) sum += alternate && d % 4n === 3n ? -t / d : t / d;
  return sum;
}
const PI = 16n * arcSeries(5n, true) - 4n * arcSeries(239n, true);
const LN2 = 2n * arcSeries(3n, false);

/** Σ first·(-r²)^n / ((i0)(i0+1)…), the Taylor series of sin (first = r, i0 = 2) and cos (first = 1, i0 = 1). */
function alternatingSeries(first: bigint, r: bigint, i0: bigint): bigint {
  let sum = 0n;
  for (let t = first, i = i0; t !== 0n; i += 2n) {
    sum += t;
    t = -mul(t, mul(r, r)) / (i * (i + 1n));
  }
  return sum;
}

const sinSeries = (r: bigint): bigint => alternatingSeries(r, r, 2n);
const cosSeries = (r: bigint): bigint => alternatingSeries(ONE, r, 1n);

function expSeries(r: bigint): bigint {
  let sum = 0n;
  for (let t = ONE, i = 1n; t !== 0n; i++) {
    sum += t;
    t = mul(t, r) / i;
  }
  return sum;
}

/** x exactly, in fixed point (|x| ≥ 2^-150). */
function fixed(x: number): bigint {
  f64[0] = x;
  const bits = u64[0];
  const e = Number((bits >> 52n) & 0x7ffn);
  const m = (bits & ((1n << 52n) - 1n)) | (e > 0 ? 1n << 52n : 0n);
  const shift = BigInt(Math.max(e, 1) - 1075) + FRAC;
  const v = shift >= 0n ? m << shift : m >> -shift;
  return x < 0 ? -v : v;
}

/** The double nearest v · 2^(scale - FRAC), ties to even, subnormals included. */
function nearest(v: bigint, scale = 0): number {
  if (v < 0n) return -nearest(-v, scale);
  if (v === 0n) return 0;
  const top = v.toString(2).length - 1 + scale - Number(FRAC);
  const last = Math.max(top - 52, -1074);
  const shift = BigInt(last - scale) + FRAC;
  if (shift <= 0n) return Number(v << -shift) * 2 ** last;
  let q = v >> shift;
  const rest = v - (q << shift);
  const half = 1n << (shift - 1n);
  if (rest > half || (rest === half && (q & 1n) === 1n)) q++;
  return Number(q) * 2 ** last;
}

function roundDiv(a: bigint, b: bigint): bigint {
  return a >= 0n ? (2n * a + b) / (2n * b) : -((-2n * a + b) / (2n * b));
}

/** sin x, or cos x when `quarter` is 1, correctly rounded: x = k·π/2 + r, then the Taylor series of r. */
function trigRef(x: number, quarter: 0 | 1): number {
  const X = fixed(x);
  const k = roundDiv(X, PI / 2n);
  const r = X - (k * PI) / 2n;
  const q = (((k + BigInt(quarter)) % 4n) + 4n) % 4n;
  const v = q % 2n === 0n ? sinSeries(r) : cosSeries(r);
  return nearest(q >= 2n ? -v : v);
}

/** e^x correctly rounded: x = k·ln2 + r, then 2^k times the Taylor series of r. */
function expRef(x: number): number {
  const X = fixed(x);
  const k = roundDiv(X, LN2);
  return nearest(expSeries(X - k * LN2), Number(k));
}

const REFERENCES: [string, Kernel, (x: number) => number][] = [
  ['sin', sinInto, (x) => trigRef(x, 0)],
  ['cos', cosInto, (x) => trigRef(x, 1)],
  ['exp', expInto, expRef],
];

describe('the references', () => {
  it('reproduce known values: sin 1, cos 1, e, sin of π/6 just below 1/2, the smallest subnormal', () => {
    expect([trigRef(Math.PI / 6, 0), trigRef(1, 0), trigRef(1, 1), expRef(1), expRef(-745.1332191019411)]).toEqual([
      0.49999999999999994,
      0.8414709848078965,
      0.5403023058681398,
      Math.E,
      5e-324,
    ]);
  });
});

describe.each(KERNELS)('%sInto', (name, kernel, math) => {
  const ranges: [number, number][] =
    name === 'exp'
      ? [
          [-1.5, 1.5],
          [-100, 100],
          [-700, 700],
          [-745.2, -708],
        ]
      : [
          [-1.5, 1.5],
          [-100, 100],
          [-1e4, 1e4],
          [-25000, 25000],
        ];

  it.each(ranges)(`agrees with Math.${name} within one ulp on 250 000 arguments in [%d, %d]`, (lo, hi) => {
    const w = worst(kernel, math, uniform(lo * 7 + hi, lo, hi, 250_000));
    expect(w.ulps, `at ${w.at}`).toBeLessThanOrEqual(1);
  });

  it('agrees with Math within one ulp on arbitrary doubles, NaN for NaN', () => {
    fc.assert(
      fc.property(fc.float64Array({ maxLength: 20 }), (xs) => {
        const out = apply(kernel, xs);
        return xs.every((x, i) => ulps(out[i], math(x)) <= 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the elements from n on alone, and writes nothing for n = 0', () => {
    const src = Float64Array.from([0.5, 1, 2, 3]);
    const out = new Float64Array(4).fill(7);
    kernel(src, out, 2);
    expect([...out.subarray(2)]).toEqual([7, 7]);
    expect(ulps(out[1], math(1))).toBeLessThanOrEqual(1);
    kernel(src, out.fill(7), 0);
    expect([...out]).toEqual([7, 7, 7, 7]);
  });
});

describe.each(REFERENCES)('%sInto against the correctly rounded value', (name, kernel, ref) => {
  // The kernels' error bound is about 0.51 ulp, so nearly every result is the correctly rounded one;
  // losing a tail term (of r, or of a table value) would push the bound towards one ulp and miss often.
  it('is within one ulp at 300 arguments, and rounds at least 297 of them correctly', () => {
    const xs = Float64Array.from([
      ...uniform(11, -1.5, 1.5, 100),
      ...uniform(12, name === 'exp' ? -708 : -25000, name === 'exp' ? 709 : 25000, 100),
      ...uniform(13, -1e-3, 1e-3, 50),
      ...uniform(14, -30, 30, 50),
    ]);
    const out = apply(kernel, xs);
    const distances = Array.from(xs, (x, i) => ulps(out[i], ref(x)));
    expect(Math.max(...distances)).toBeLessThanOrEqual(1);
    expect(distances.filter((d) => d > 0).length).toBeLessThanOrEqual(3);
  });
});

/**
 * Around k·π/2 for k = 1…19 901 stepped by 199, where sin or cos is near 0 and the reduced argument
 * must be accurate relative to itself: the nearest double, its neighbour (these go to `Math.*`), and
 * offsets of 10^-5 and -2·10^-3 (these stay in the kernels and need the tail of the reduction).
 */
const NEAR_ZEROS = Float64Array.from(
  Array.from({ length: 101 }, (_, i) => (1 + 199 * i) * (Math.PI / 2)).flatMap((x) => [x, x * (1 + 2 ** -52), x + 1e-5, x - 2e-3]),
);

describe('sinInto and cosInto', () => {
  it('keep the sign of ±0, give NaN for NaN and ±Infinity, and are Math.* for huge arguments', () => {
    const xs = [0, -0, NaN, Infinity, -Infinity, 1e300, -1e300, 1e5 * Math.PI, 25001, -25001];
    expect(apply(sinInto, xs)).toEqual(Float64Array.from(xs, Math.sin));
    expect(apply(cosInto, xs)).toEqual(Float64Array.from(xs, Math.cos));
  });

  it('return subnormal and tiny arguments unchanged (sin) and 1 (cos)', () => {
    const xs = [5e-324, -5e-324, 2 ** -1022, -(2 ** -30)];
    expect(apply(sinInto, xs)).toEqual(Float64Array.from(xs));
    expect(apply(cosInto, xs)).toEqual(Float64Array.from([1, 1, 1, 1]));
  });

  it('are within one ulp of the correctly rounded value near multiples of π/2', () => {
    for (const x of [1.5707963267948966, 3.141592653589793, 4.71238898038469, 6.283185307179586, 1e4 * Math.PI]) {
      expect(ulps(apply(sinInto, [x])[0], trigRef(x, 0))).toBeLessThanOrEqual(1);
      expect(ulps(apply(cosInto, [x])[0], trigRef(x, 1))).toBeLessThanOrEqual(1);
    }
    for (const [kernel, quarter] of [
      [sinInto, 0],
      [cosInto, 1],
    ] as const) {
      const out = apply(kernel, NEAR_ZEROS);
      const distances = Array.from(NEAR_ZEROS, (x, i) => ulps(out[i], trigRef(x, quarter)));
      expect(Math.max(...distances)).toBeLessThanOrEqual(1);
      expect(distances.filter((d) => d > 0).length).toBeLessThanOrEqual(3);
    }
  });
});

describe('expInto', () => {
  it('is exact at ±0, ±Infinity and NaN, and saturates far out', () => {
    const xs = [0, -0, Infinity, -Infinity, NaN, 1e300, -1e300, 746.5, -746.5, 5e-324, -5e-324];
    expect(apply(expInto, xs)).toEqual(Float64Array.from([1, 1, Infinity, 0, NaN, Infinity, 0, Infinity, 0, 1, 1]));
  });

  it('overflows and underflows at the thresholds as Math.exp does', () => {
    const xs = [709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, 708.39, -708.39];
    expect(apply(expInto, xs)).toEqual(Float64Array.from(xs, Math.exp));
    expect(apply(expInto, xs.slice(1, 4))).toEqual(Float64Array.from([Infinity, 5e-324, 0]));
  });

  it('is within one ulp of the correctly rounded value at the edges of its table range and for subnormal results', () => {
    const xs = Float64Array.from([708.3899999999999, -708.3899999999999, 708, -708, ...uniform(21, -745.1, -708.4, 100)]);
    expect(worst(expInto, expRef, xs).ulps).toBeLessThanOrEqual(1);
  });
});
