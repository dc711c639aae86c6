// Owns the op `amin`; its rules are extremes.ts's, shared with its twin `amax`.

import { makeReduceExtreme } from './extremes';

/** Smallest element over `dims` (every dim when null); tied minima share the gradient evenly. */
export const amin = makeReduceExtreme('min');
