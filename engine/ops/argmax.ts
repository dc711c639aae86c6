// Owns the op `argmax`; its rules are extremes.ts's, shared with its twin `argmin`.

import { makeArgExtreme } from './extremes';

/** Index of the largest element (the first of ties) along `dim`, or into the flattened tensor. No gradient. */
export const argmax = makeArgExtreme('max');
