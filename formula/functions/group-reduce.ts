// Owns the list of the reduce group's sheet functions: reductions, softmax, cumsum and the losses.

import { all, any } from './all-any';
import { amax } from './amax';
import { amin } from './amin';
import { argmax } from './argmax';
import { argmin } from './argmin';
import { binary_cross_entropy } from './binary_cross_entropy';
import { binary_cross_entropy_with_logits } from './binary_cross_entropy_with_logits';
import { cross_entropy } from './cross_entropy';
import { cumsum } from './cumsum';
import { l1_loss } from './l1_loss';
import { log_softmax } from './log_softmax';
import { logsumexp } from './logsumexp';
import { max } from './max';
import { mean } from './mean';
import { min } from './min';
import { mse_loss } from './mse_loss';
import { nll_loss } from './nll_loss';
import { norm } from './norm';
import { prod } from './prod';
import { smooth_l1_loss } from './smooth_l1_loss';
import { softmax } from './softmax';
import { std } from './std';
import { sum } from './sum';
import type { FunctionDef } from './types';
import { var_ } from './var';

export const REDUCE_FUNCTIONS: readonly FunctionDef[] = [
  sum, mean, prod, max, min, amax, amin, all, any, argmax, argmin, norm, var_, std, logsumexp, softmax, log_softmax, cumsum,
  mse_loss, l1_loss, smooth_l1_loss, binary_cross_entropy, binary_cross_entropy_with_logits, cross_entropy, nll_loss,
];
