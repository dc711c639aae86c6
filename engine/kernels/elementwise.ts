// Owns the scalar math the elementwise ops share and JS lacks or gets wrong against C: erf,
// round-half-to-even, C99 pow, a three-input broadcasting loop, and when a 0-D input counts as a number.

import { expandData } from './loops';
import { type Shape, sizeOf } from '../shape';
import type { Tensor } from '../tensor';

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969),
// coefficients as published in Netlib SPECFUN's CALERF (more digits than a double holds).
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909, 1712.04761263407058,
  2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716,
  3439.36767414372164, 1230.33935480374942,
];
const P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978,
];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const SQRPI = 0.56418958354775628695; // 1/sqrt(pi)
const XBIG = 26.543; // erfc underflows past here

/** The error function, accurate to about one unit in the last place (Cody's CALERF, erf branch). */
export function erfValue(x: number): number {
  if (x !== x) return x;
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let num = A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * ysq;
      den = (den + B[i]) * ysq;
    }
    return (x * (num + A[3])) / (den + B[3]);
  }
  // Beyond the first interval compute erfc(|x|), then erf = 1 - erfc with the sign of x.
  let erfc = 0;
  if (y <= 4) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    erfc = (num + C[7]) / (den + D[7]);
  } else if (y < XBIG) {
    const ysq = 1 / (y * y);
    let num = P[5] * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * ysq;
      den = (den + Q[i]) * ysq;
    }
    erfc = (SQRPI - (ysq * (num + P[4])) / (den + Q[4])) / y;
  }
  if (erfc !== 0) {
    // exp(-y²) split as exp(-s²)·exp(-(y-s)(y+s)) with s = y rounded down to 1/16, so y² loses no bits.
    const s = Math.trunc(y * 16) / 16;
    erfc *= Math.exp(-s * s) * Math.exp(-(y - s) * (y + s));
  }
  const r = 0.5 - erfc + 0.5;
  return x < 0 ? -r : r;
}

/** Round half to even, as C's nearbyint and torch.round (2.5 → 2, 3.5 → 4, -0.5 → -0). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x); // half-way cases go up, so only those that landed on an odd number move back
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** C99 pow: unlike Math.pow, 1 ** y is 1 for every y (NaN too) and (-1) ** ±inf is 1. */
export function powValue(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}

/**
 * x ** y for one exponent y: PyTorch's CPU kernel computes these exponents with products, sqrt and
 * reciprocals rather than pow, and so do we, so the last bits agree.
 */
export function powByScalar(y: number): (x: number) => number {
  switch (y) {
    case 0:
      return () => 1;
    case 1:
      return (x) => x;
    case 2:
      return (x) => x * x;
    case 3:
      return (x) => x * x * x;
    case -2:
      return (x) => 1 / (x * x);
    case 0.5:
      return Math.sqrt;
    case -0.5:
      return (x) => 1 / Math.sqrt(x);
    case -1:
      return (x) => 1 / x;
    default:
      return (x) => powValue(x, y);
  }
}

/** out[i] = f(a[i'], b[i''], c[i''']) over the broadcast `shape` (inputs not at full size are expanded once). */
export function zipTernary(a: Tensor, b: Tensor, c: Tensor, shape: Shape, f: (x: number, y: number, z: number) => number): Float64Array {
  const n = sizeOf(shape);
  const full = (t: Tensor): Float64Array => (t.size === n ? t.data : expandData(t, shape));
  const ad = full(a);
  const bd = full(b);
  const cd = full(c);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(ad[i], bd[i], cd[i]);
  return out;
}

/**
 * Whether a PyTorch user would have written this input as a plain number: a 0-D tensor that does not
 * require grad. Such an argument picks PyTorch's Scalar overload, which names the grad_fn differently
 * (`x ** 2` is PowBackward0, `x ** y` PowBackward1).
 */
export function isPlainNumber(t: Tensor): boolean {
  return t.rank === 0 && !t.requiresGrad;
}
