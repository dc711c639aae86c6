// Owns the op `maximum`; its rules are extremes.ts's, shared with its twin `minimum`.

import { makePairwiseExtreme } from './extremes';

/** The larger of two tensors, elementwise, broadcasting; NaN wins, as in PyTorch. */
export const maximum = makePairwiseExtreme('max');
