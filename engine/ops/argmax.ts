import type { OpDef } from '../op';
import { argExtremes } from '../kernels/reduce';
import { type ArgAttrs, argShape } from './reduce-dims';

/** Index of the largest element (the first of ties) along `dim`, or into the flattened tensor. No gradient. */
export const argmax: OpDef<ArgAttrs> = {
  name: 'argmax', gradFn: 'ArgmaxBackward0', doc: 'Index of the largest element, along a dim or in the flattened tensor.',
  shape: ([a], attrs) => argShape('argmax', a, attrs),
  forward: ([a], { dim }) => argExtremes(a, dim, 1),
};
