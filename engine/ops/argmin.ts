// Owns the op `argmin`; its rules are extremes.ts's, shared with its twin `argmax`.

import { makeArgExtreme } from './extremes';

/** Index of the smallest element (the first of ties) along `dim`, or into the flattened tensor. No gradient. */
export const argmin = makeArgExtreme('min');
