// Owns the list of reduce ops: reductions, softmax, cumsum, gather/scatter and the loss primitives.

import type { AnyOp } from '../op';
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

export const REDUCE_OPS: readonly AnyOp[] = [
  amax, amin, argmax, argmin, prod, prod_others, linalg_vector_norm, softmax, log_softmax, logsumexp, cumsum, gather, scatter_add,
  smooth_l1_loss, binary_cross_entropy, binary_cross_entropy_with_logits,
];
