import type { OpDef } from '../op';
import { argExtremes } from '../kernels/reduce';
import { type ArgAttrs, argShape } from './reduce-dims';

/** Index of the smallest element (the first of ties) along `dim`, or into the flattened tensor. No gradient. */
export const argmin: OpDef<ArgAttrs> = {
  name: 'argmin', gradFn: 'ArgminBackward0', doc: 'Index of the smallest element, along a dim or in the flattened tensor.',
  shape: ([a], attrs) => argShape('argmin', a, attrs),
  forward: ([a], { dim }) => argExtremes(a, dim, -1),
};
