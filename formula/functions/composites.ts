// Owns the composites: sheet functions built from several ops (their gradients are the ops' gradients,
// composed by autograd), each listed once here with how its backward is checked against central
// differences (formula/functions/composites.test.ts). A spec's `attrs` are the keyword arguments.

import { BROADCASTING, UNARY, indexInput } from '../../engine/ops/gradcheck-kit';
import type { GradSpec } from '../../engine/ops/row';
import { add } from './add';
import { binary_cross_entropy } from './binary_cross_entropy';
import { binary_cross_entropy_with_logits } from './binary_cross_entropy_with_logits';
import { cross_entropy } from './cross_entropy';
import { l1_loss } from './l1_loss';
import { linear } from './linear';
import { mean } from './mean';
import { mse_loss } from './mse_loss';
import { nll_loss } from './nll_loss';
import { norm } from './norm';
import { smooth_l1_loss } from './smooth_l1_loss';
import { square } from './square';
import { std } from './std';
import { sub } from './sub';
import type { FunctionDef } from './types';
import { var_ } from './var';

export interface CompositeRow {
  readonly fn: FunctionDef;
  readonly grad: readonly GradSpec[];
}

const PAIRS: GradSpec['shapes'] = [
  [[3], [3]],
  [
    [2, 3],
    [2, 3],
  ],
];

export const COMPOSITES: readonly CompositeRow[] = [
  { fn: add, grad: [{ shapes: BROADCASTING, attrs: { alpha: 2.5 } }] },
  { fn: sub, grad: [{ shapes: BROADCASTING, attrs: { alpha: -0.5 } }] },
  { fn: square, grad: [{ shapes: UNARY }] },
  { fn: mean, grad: [{ shapes: [[[]], [[2, 3]]] }, { shapes: [[[2, 3, 2]]], attrs: { dim: [0, 2], keepdim: true } }] },
  { fn: var_, grad: [{ shapes: [[[4]], [[2, 3]]] }, { shapes: [[[2, 3]]], attrs: { dim: 1, correction: 0 } }] },
  { fn: std, grad: [{ shapes: [[[4]], [[2, 3]]] }, { shapes: [[[3, 2]]], attrs: { dim: 0, keepdim: true } }] },
  { fn: norm, grad: [{ shapes: [[[3]], [[2, 3]]] }, { shapes: [[[2, 3]]], attrs: { p: 3, dim: 1 } }] },
  {
    fn: linear,
    grad: [
      {
        shapes: [
          [[2, 3], [4, 3], [4]],
          [[3], [2, 3], [2]],
          [
            [2, 3],
            [4, 3],
          ],
        ],
      },
    ],
  },
  {
    fn: mse_loss,
    grad: [{ shapes: PAIRS }, { shapes: PAIRS, attrs: { reduction: 'sum' } }, { shapes: PAIRS, attrs: { reduction: 'none' } }],
  },
  // Input and target apart, so no element sits on |d|'s kink at 0.
  {
    fn: l1_loss,
    grad: [
      {
        shapes: PAIRS,
        domain: [
          [-2, -0.5],
          [0.5, 2],
        ],
      },
      {
        shapes: PAIRS,
        attrs: { reduction: 'none' },
        domain: [
          [0.5, 2],
          [-2, -0.5],
        ],
      },
    ],
  },
  {
    fn: smooth_l1_loss,
    grad: [
      {
        shapes: PAIRS,
        domain: [
          [-3, 3],
          [-0.1, 0.1],
        ],
      },
      {
        shapes: PAIRS,
        attrs: { beta: 0.5, reduction: 'sum' },
        domain: [
          [0.6, 3],
          [-0.05, 0.05],
        ],
      },
    ],
  },
  {
    fn: binary_cross_entropy,
    grad: [
      {
        shapes: PAIRS,
        domain: [
          [0.05, 0.95],
          [0, 1],
        ],
      },
      {
        shapes: [[[2, 3], [2, 3], [3]]],
        domain: [
          [0.05, 0.95],
          [0, 1],
          [0.5, 2],
        ],
      },
    ],
  },
  {
    fn: binary_cross_entropy_with_logits,
    grad: [
      {
        shapes: PAIRS,
        domain: [
          [-3, 3],
          [0, 1],
        ],
      },
      {
        shapes: PAIRS,
        attrs: { reduction: 'sum' },
        domain: [
          [-3, 3],
          [0, 1],
        ],
      },
    ],
  },
  {
    fn: cross_entropy,
    grad: [
      // Class indices (held constant), with and without label smoothing; then class probabilities.
      {
        shapes: [
          [[2, 3], [2]],
          [[3], []],
        ],
        constant: [1],
        make: indexInput(3),
      },
      { shapes: [[[2, 3], [2]]], constant: [1], make: indexInput(3), attrs: { label_smoothing: 0.1, reduction: 'sum' } },
      {
        shapes: [
          [
            [2, 3],
            [2, 3],
          ],
        ],
        domain: [
          [-2, 2],
          [0, 1],
        ],
      },
      {
        shapes: [[[2, 3], [2, 3], [3]]],
        domain: [
          [-2, 2],
          [0, 1],
          [0.5, 2],
        ],
        attrs: { reduction: 'none' },
      },
    ],
  },
  {
    fn: nll_loss,
    grad: [
      {
        shapes: [
          [[2, 3], [2]],
          [[3], []],
        ],
        constant: [1],
        make: indexInput(3),
      },
      // The class weights are constants, as in PyTorch (which has no derivative for them).
      {
        shapes: [[[2, 3], [2], [3]]],
        constant: [1, 2],
        make: indexInput(3),
        domain: [
          [-2, 2],
          [0, 1],
          [0.5, 2],
        ],
      },
    ],
  },
];
