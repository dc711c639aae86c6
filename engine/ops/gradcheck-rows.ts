// Owns the table of the gradient check: one row per op in OPS, gathered from each group's rows.

import type { GradCheckRow } from './gradcheck-table';
import { type Tensor, scalar } from '../tensor';
import { add } from './add';
import { customgrad } from './customgrad';
import { run } from '../op';
import { div } from './div';
import { expand } from './expand';
import { mul } from './mul';
import { neg } from './neg';
import { reshape } from './reshape';
import { sub } from './sub';
import { sum } from './sum';
import { sum_to } from './sum_to';
import { ELEMENTWISE_ROWS } from './gradcheck-elementwise';
import { REDUCE_ROWS } from './gradcheck-reduce';
import { SHAPE_ROWS } from './gradcheck-shape';

const BROADCASTING: readonly (readonly number[][])[] = [[[], []], [[3], [3]], [[2, 3], [3]], [[2, 1], [1, 3]], [[4], []]];

const CORE_ROWS: readonly GradCheckRow[] = [
  { op: add, shapes: BROADCASTING },
  { op: sub, shapes: BROADCASTING },
  { op: mul, shapes: BROADCASTING },
  { op: div, shapes: BROADCASTING, domain: [[-2, 2], [0.5, 2]] },
  { op: neg, shapes: [[[]], [[2, 3]]] },
  { op: sum, shapes: [[[]], [[2, 3]]], attrs: { dims: null, keepdim: false } },
  { op: sum, shapes: [[[2, 3, 4]]], attrs: { dims: [0, -1], keepdim: true } },
  { op: sum, shapes: [[[2, 3]]], attrs: { dims: [1], keepdim: false } },
  { op: sum_to, shapes: [[[2, 3]]], attrs: [3] },
  { op: sum_to, shapes: [[[2, 3]]], attrs: [2, 1] },
  { op: expand, shapes: [[[3]], [[2, 1]]], attrs: [4, 2, 3] },
  { op: reshape, shapes: [[[2, 3]]], attrs: [3, 2] },
  // A user's cube with its hand-written derivative 3x²·g (written with ops, so second order holds too).
  {
    op: customgrad,
    shapes: [[[3]], [[2, 2]]],
    attrs: {
      forward: ([x]: readonly Tensor[]) => run(mul, [run(mul, [x, x]), x]),
      backward: ([x]: readonly Tensor[], g: Tensor) => [run(mul, [run(mul, [run(mul, [x, x]), scalar(3)]), g])],
    },
  },
];

export const GRADCHECK_ROWS: readonly GradCheckRow[] = [...CORE_ROWS, ...ELEMENTWISE_ROWS, ...REDUCE_ROWS, ...SHAPE_ROWS];
