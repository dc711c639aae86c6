// Owns the list of elementwise functions: arithmetic (the formula operators run these), unary math,
// activations, rounding, pow, maximum/minimum, clamp, where and the comparisons.

import { abs } from './abs';
import { add } from './add';
import { ceil } from './ceil';
import { clamp } from './clamp';
import { cos } from './cos';
import { div } from './div';
import { eq } from './eq';
import { erf } from './erf';
import { exp } from './exp';
import { floor } from './floor';
import { ge } from './ge';
import { gelu } from './gelu';
import { gt } from './gt';
import { le } from './le';
import { leaky_relu } from './leaky_relu';
import { log } from './log';
import { log1p } from './log1p';
import { lt } from './lt';
import { maximum } from './maximum';
import { minimum } from './minimum';
import { mul } from './mul';
import { ne } from './ne';
import { neg } from './neg';
import { pow } from './pow';
import { relu } from './relu';
import { round } from './round';
import { sigmoid } from './sigmoid';
import { sign } from './sign';
import { sin } from './sin';
import { softplus } from './softplus';
import { sqrt } from './sqrt';
import { square } from './square';
import { sub } from './sub';
import { tan } from './tan';
import { tanh } from './tanh';
import type { FunctionDef } from './types';
import { where } from './where';

export const ELEMENTWISE_FUNCTIONS: readonly FunctionDef[] = [
  add, sub, mul, div, neg, pow, square,
  abs, sign, exp, log, log1p, sqrt, sin, cos, tan, tanh, erf,
  sigmoid, relu, leaky_relu, softplus, gelu,
  floor, ceil, round, maximum, minimum, clamp, where,
  eq, ne, lt, le, gt, ge,
];
