// Owns log1p exactly as glibc 2.36 computes it on x86-64 with FMA (`__log1p_fma`, the variant its ifunc picks on
// any CPU since 2013), which PyTorch 2's normal sampler calls for fewer than 16 values. It is fdlibm's algorithm
// (sysdeps/ieee754/dbl-64/s_log1p.c) with the polynomial regrouped for pipelining and several products fused
// by the compiler, so its last bit is neither V8's Math.log1p nor the correctly rounded one: reproduce it.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const u64 = new BigUint64Array(f64.buffer);

/** The high 32 bits of a double (sign, exponent, top of the mantissa), as C's signed int32. */
function highWord(x: number): number {
  f64[0] = x;
  return u32[1] | 0;
}

function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[1] = hi;
  return f64[0];
}

/** x as an exact integer mantissa and a power of two: x = m * 2^e. */
function decompose(x: number): [bigint, number] {
  f64[0] = x;
  const bits = u64[0];
  const biased = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  if (biased !== 0) m |= 1n << 52n;
  return [bits >> 63n ? -m : m, (biased || 1) - 1075];
}

/**
 * C's fma: a * b + c rounded once, as the FMA instruction does (exactly, in integers; JavaScript has no fma).
 * Results in the subnormal range may round twice, which log1p's arguments never reach.
 */
export function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0 || c === 0) return a * b + c;
  if (!Number.isFinite(c)) return c; // a finite product cannot cancel an infinity, even one past the largest double
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  let e = Math.min(ea + eb, ec);
  const sum = ((ma * mb) << BigInt(ea + eb - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return 0;
  let m = sum < 0n ? -sum : sum;
  // Keep 64 bits and fold whatever is cut off into the last one (sticky), so Number() rounds as once.
  const cut = m.toString(2).length - 64;
  if (cut > 0) {
    const lost = m & ((1n << BigInt(cut)) - 1n);
    m = (m >> BigInt(cut)) | (lost ? 1n : 0n);
    e += cut;
  }
  let v = Number(m);
  if (e < -1000) {
    v *= 2 ** -1000;
    e += 1000;
  }
  v *= 2 ** e;
  return sum < 0n ? -v : v;
}

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.66666666666673513e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

/** 1 + x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); c is what rounding 1 + x lost, over 1 + x. */
function reduce(x: number, hx: number): { k: number; f: number; c: number; hu: number } {
  let u = x;
  let hu = hx;
  let c = 0;
  if (hx < 0x43400000) {
    u = 1 + x;
    hu = highWord(u);
    const k = (hu >> 20) - 1023;
    c = (k > 0 ? 1 - (u - x) : x - (u - 1)) / u;
  }
  let k = (hu >> 20) - 1023;
  hu &= 0x000fffff;
  if (hu < 0x6a09e) u = withHighWord(u, hu | 0x3ff00000);
  else {
    k += 1;
    u = withHighWord(u, hu | 0x3fe00000);
    hu = (0x00100000 - hu) >> 2;
  }
  return { k, f: u - 1, c, hu };
}

/** log(1 + x), bit for bit as glibc's `__log1p_fma`. */
export function glibcLog1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 0;
  let f = x;
  let c = 0;
  let hu = 1;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
    if (!(hx > 0 || hx <= (0xbfd2bec3 | 0))) ({ k, f, c, hu } = reduce(x, hx));
  } else if (hx >= 0x7ff00000) return x + x;
  else ({ k, f, c, hu } = reduce(x, hx));
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + fma(k, LN2_LO, c);
    const r = fma(-f, 0.66666666666666666, 1) * hfsq;
    return k === 0 ? f - r : k * LN2_HI - (r - fma(k, LN2_LO, c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const r = fma(z4 * z2, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  const t = s * (r + hfsq);
  if (k === 0) return f - (hfsq - t);
  // k ln2_hi is exact (ln2_hi ends in zeros), so the compiler's fused k * ln2_hi - (...) rounds as this does.
  return k * LN2_HI - (hfsq - (fma(k, LN2_LO, c) + t) - f);
}
