// Owns the gradient-check rows of the reduce ops.

import type { Shape } from '../shape';
import { Tensor } from '../tensor';
import type { GradCheckRow } from './gradcheck-table';
import { amax } from './amax';
import { amin } from './amin';
import { argmax } from './argmax';
import { argmin } from './argmin';
import { binary_cross_entropy } from './binary_cross_entropy';
import { binary_cross_entropy_with_logits } from './binary_cross_entropy_with_logits';
import { cumsum } from './cumsum';
import { gather } from './gather';
import { linalg_vector_norm } from './linalg_vector_norm';
import { log_softmax } from './log_softmax';
import { logsumexp } from './logsumexp';
import { prod } from './prod';
import { prod_others } from './prod_others';
import { scatter_add } from './scatter_add';
import { smooth_l1_loss } from './smooth_l1_loss';
import { softmax } from './softmax';

/** Input 1 as whole numbers in [0, size): the index of gather / scatter_add, held constant. */
const indexInput = (size: number) => (i: number, shape: Shape, random: () => number): Tensor | null => {
  if (i !== 1) return null;
  const data = new Float64Array(shape.reduce((a, b) => a * b, 1));
  for (let k = 0; k < data.length; k++) data[k] = Math.floor(random() * size);
  return new Tensor(data, shape);
};

export const REDUCE_ROWS: readonly GradCheckRow[] = [
  { op: amax, shapes: [[[]], [[2, 3]]], attrs: { dims: null, keepdim: false } },
  { op: amax, shapes: [[[2, 3, 4]]], attrs: { dims: [0, 2], keepdim: true } },
  { op: amin, shapes: [[[3]], [[2, 3]]], attrs: { dims: [-1], keepdim: false } },
  { op: argmax, noGrad: true },
  { op: argmin, noGrad: true },
  { op: prod, shapes: [[[]], [[2, 3]]], attrs: { dim: null, keepdim: false } },
  { op: prod, shapes: [[[2, 3]], [[3, 4]]], attrs: { dim: 1, keepdim: true } },
  { op: prod_others, shapes: [[[4]], [[3, 2]]], attrs: { dim: 0 } },
  { op: prod_others, shapes: [[[2, 3, 2]]], attrs: { dim: 1 } },
  { op: softmax, shapes: [[[3]], [[2, 3]]], attrs: { dims: [-1] } },
  { op: softmax, shapes: [[[2, 3, 2]]], attrs: { dims: [0, 2] } },
  { op: log_softmax, shapes: [[[]], [[2, 3]]], attrs: { dims: [0] } },
  { op: logsumexp, shapes: [[[]], [[2, 3]]], attrs: { dims: null, keepdim: false } },
  { op: logsumexp, shapes: [[[2, 3, 2]]], attrs: { dims: [1], keepdim: true } },
  { op: cumsum, shapes: [[[4]], [[2, 3]]], attrs: { dim: -1 } },
  { op: cumsum, shapes: [[[2, 3]]], attrs: { dim: 0, reverse: true } },
  { op: gather, shapes: [[[3, 4], [3, 2]], [[4], [6]]], attrs: { dim: -1 }, constant: [1], make: indexInput(4) },
  { op: gather, shapes: [[[3, 2], [2, 2]]], attrs: { dim: 0 }, constant: [1], make: indexInput(3) },
  { op: scatter_add, shapes: [[[3, 2], [4, 2], [4, 2]]], attrs: { dim: 0 }, constant: [1], make: indexInput(3) },
  { op: linalg_vector_norm, shapes: [[[]], [[2, 3]]], attrs: { ord: 2, dims: null, keepdim: false } },
  { op: linalg_vector_norm, shapes: [[[2, 3]]], attrs: { ord: 2, dims: [1], keepdim: true } },
  { op: linalg_vector_norm, shapes: [[[3]], [[2, 3]]], attrs: { ord: 1, dims: [-1], keepdim: false } },
  { op: linalg_vector_norm, shapes: [[[4]], [[2, 3]]], attrs: { ord: 3, dims: null, keepdim: false } },
  { op: linalg_vector_norm, shapes: [[[4]]], attrs: { ord: 1.5, dims: null, keepdim: false } },
  { op: linalg_vector_norm, shapes: [[[4]]], attrs: { ord: 0.5, dims: null, keepdim: false }, domain: [0.5, 2] },
  { op: linalg_vector_norm, shapes: [[[2, 3]]], attrs: { ord: Infinity, dims: [0], keepdim: false } },
  { op: linalg_vector_norm, shapes: [[[2, 3]]], attrs: { ord: -Infinity, dims: null, keepdim: false } },
  { op: linalg_vector_norm, shapes: [[[2, 3]]], attrs: { ord: 0, dims: null, keepdim: false } },
  // Inputs and targets far enough apart (or close enough) that no element sits on the kink at |d| = beta.
  { op: smooth_l1_loss, shapes: [[[3], [3]], [[2, 3], [3]]], attrs: { beta: 1 }, domain: [[-3, 3], [-0.1, 0.1]] },
  { op: smooth_l1_loss, shapes: [[[4], []]], attrs: { beta: 0.5 }, domain: [[0.1, 0.4], [-0.05, 0.05]] },
  { op: binary_cross_entropy, shapes: [[[3], [3]], [[2, 3], [2, 3]]], domain: [[0.05, 0.95], [0, 1]] },
  { op: binary_cross_entropy, shapes: [[[2, 3], [2, 3], [3]]], domain: [[0.05, 0.95], [0, 1], [0.5, 2]] },
  { op: binary_cross_entropy_with_logits, shapes: [[[3], [3], [], []], [[2, 3], [2, 3], [3], [2, 1]]], domain: [[-3, 3], [0, 1], [0.5, 2], [0.5, 2]] },
];
