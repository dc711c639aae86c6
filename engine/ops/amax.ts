// Owns the op `amax`; its rules are extremes.ts's, shared with its twin `amin`.

import { makeReduceExtreme } from './extremes';

/** Largest element over `dims` (every dim when null); tied maxima share the gradient evenly. */
export const amax = makeReduceExtreme('max');
