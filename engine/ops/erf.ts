import { mapUnary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { scalar } from '../tensor';
import { erfValue } from '../kernels/elementwise';
import { exp } from './exp';
import { mul } from './mul';
import { neg } from './neg';

/** 2/sqrt(pi), C's M_2_SQRTPI. */
export const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** The error function, elementwise (gelu's exact form needs it, and its derivative). */
export const erf: OpDef = {
  name: 'erf',
  gradFn: 'ErfBackward0',
  doc: 'The error function of each element.',
  shape: ([a]) => a,
  forward: ([a]) => mapUnary(a, erfValue),
  // erf'(x) = 2/sqrt(pi) · exp(-x²).
  backward: ([a], _out, g) => [run(mul, [run(mul, [scalar(TWO_OVER_SQRT_PI), run(exp, [run(neg, [run(mul, [a, a])])])]), g])],
};
