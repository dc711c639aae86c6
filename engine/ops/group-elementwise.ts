// Owns the list of elementwise ops.

import type { AnyOp } from '../op';
import { abs } from './abs';
import { ceil } from './ceil';
import { clamp } from './clamp';
import { cos } from './cos';
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
import { ne } from './ne';
import { pow } from './pow';
import { relu } from './relu';
import { round } from './round';
import { sigmoid } from './sigmoid';
import { sign } from './sign';
import { sin } from './sin';
import { softplus } from './softplus';
import { sqrt } from './sqrt';
import { tan } from './tan';
import { tanh } from './tanh';
import { where } from './where';

export const ELEMENTWISE_OPS: readonly AnyOp[] = [
  abs, sign, exp, log, log1p, sqrt, sin, cos, tan, tanh, sigmoid, relu, leaky_relu, softplus, gelu, erf,
  floor, ceil, round, pow, maximum, minimum, clamp, where, eq, ne, lt, le, gt, ge,
];
