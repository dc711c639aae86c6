// Owns OPS, the explicit list of every primitive op; backward rules are looked up here by name.

import type { AnyOp } from '../op';
import { add } from './add';
import { customgrad } from './customgrad';
import { div } from './div';
import { expand } from './expand';
import { mul } from './mul';
import { neg } from './neg';
import { reshape } from './reshape';
import { sub } from './sub';
import { sum } from './sum';
import { sum_to } from './sum_to';
import { ELEMENTWISE_OPS } from './group-elementwise';
import { REDUCE_OPS } from './group-reduce';
import { SHAPE_OPS } from './group-shape';

export const CORE_OPS: readonly AnyOp[] = [add, sub, mul, div, neg, sum, sum_to, expand, reshape, customgrad];

export const OPS: readonly AnyOp[] = [...CORE_OPS, ...ELEMENTWISE_OPS, ...REDUCE_OPS, ...SHAPE_OPS];
