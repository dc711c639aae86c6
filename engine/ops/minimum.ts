// Owns the op `minimum`; its rules are extremes.ts's, shared with its twin `maximum`.

import { makePairwiseExtreme } from './extremes';

/** The smaller of two tensors, elementwise, broadcasting; NaN wins, as in PyTorch. */
export const minimum = makePairwiseExtreme('min');
