// Owns the lookup tables of `fastmath.ts`, computed once at load in 128-bit fixed point (BigInt) and
// rounded to doubles, so no table value is typed in by hand or inherits the error of a `Math.*` call.

/** Fraction bits of the fixed-point numbers below: a BigInt v stands for v / 2^128. */
const FRAC = 128n;
const ONE = 1n << FRAC;

/** π · 2^256: the first 64 hexadecimal digits of π's fraction (the same digits as Blowfish's P-array). */
const PI_256 = 0x3243f6a8885a308d313198a2e03707344a4093822299f31d0082efa98ec4e6c89n;
const PI = PI_256 >> (256n - FRAC);

/** ln 2 = 2·atanh(1/3) = 2·Σ 3^-(2i+1) / (2i+1). */
function ln2(): bigint {
  let sum = 0n;
  for (let t = ONE / 3n, d = 1n; t !== 0n; t /= 9n, d += 2n) sum += t / d;
  return 2n * sum;
}

const mul = (a: bigint, b: bigint): bigint => (a * b) >> FRAC;

/** The double nearest v / 2^128 (Number(bigint) rounds to nearest; scaling by 2^-128 is exact here). */
const toDouble = (v: bigint): number => Number(v) * 2 ** -128;

/** v / 2^128 as hi + lo: hi the nearest double, lo the nearest double to the rest. */
function split(v: bigint): [number, number] {
  const hi = Number(v);
  return [hi * 2 ** -128, toDouble(v - BigInt(hi))];
}

/** Σ (-1)^i a^(2i+p) / (2i+p)!: sin a for p = 1, cos a for p = 0 (|a| small). */
function series(a: bigint, p: 0 | 1): bigint {
  const a2 = mul(a, a);
  let sum = 0n;
  let t = p === 1 ? a : ONE;
  for (let i = BigInt(p) + 1n; t !== 0n; i += 2n) {
    sum += t;
    t = -mul(t, a2) / (i * (i + 1n));
  }
  return sum;
}

/**
 * sin a and cos a - 1 at the 512 points a = (i - 256)·π/512, i = 0…511 (that is, [-π/2, π/2)): sin a
 * as hi + lo, cos a - 1 as one double. Built by rotating (cos, sin) of π/512; 256 rotations lose about
 * 10 of the 128 bits, far below what the doubles keep.
 */
export function trigTables(): { sinHi: Float64Array; sinLo: Float64Array; cosM1: Float64Array } {
  const step = PI >> 9n;
  const cs = series(step, 0);
  const sn = series(step, 1);
  const sinHi = new Float64Array(512);
  const sinLo = new Float64Array(512);
  const cosM1 = new Float64Array(512);
  let c = ONE;
  let s = 0n;
  for (let j = 0; j <= 256; j++) {
    const [hi, lo] = split(s);
    const cm = toDouble(c - ONE);
    // sin is odd and cos even: point 256 + j holds a = jπ/512 and point 256 - j holds -a.
    if (j < 256) [sinHi[256 + j], sinLo[256 + j], cosM1[256 + j]] = [hi, lo, cm];
    if (j > 0) [sinHi[256 - j], sinLo[256 - j], cosM1[256 - j]] = [-hi, -lo, cm];
    [c, s] = [mul(c, cs) - mul(s, sn), mul(s, cs) + mul(c, sn)];
  }
  return { sinHi, sinLo, cosM1 };
}

/** 2^(j/512) for j = 0…511 as hi + lo, by repeated multiplication by 2^(1/512) = e^(ln2/512). */
export function exp2Tables(): { hi: Float64Array; lo: Float64Array } {
  const a = ln2() >> 9n;
  let e = 0n;
  for (let t = ONE, i = 1n; t !== 0n; i++) {
    e += t;
    t = mul(t, a) / i;
  }
  const hi = new Float64Array(512);
  const lo = new Float64Array(512);
  let v = ONE;
  for (let j = 0; j < 512; j++) {
    [hi[j], lo[j]] = split(v);
    v = mul(v, e);
  }
  return { hi, lo };
}

/** 2^(i - bias) for i = 0 … 2·bias, each exact while bias ≤ 1022 (doubling and halving are exact there). */
export function pow2Table(bias: number): Float64Array {
  const t = new Float64Array(2 * bias + 1);
  t[bias] = 1;
  for (let i = 1; i <= bias; i++) {
    t[bias + i] = t[bias + i - 1] * 2;
    t[bias - i] = t[bias - i + 1] / 2;
  }
  return t;
}
