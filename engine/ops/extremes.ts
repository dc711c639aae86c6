// Owns the rules the max/min twins share, each a factory instantiated once per side: the elementwise
// `maximum`/`minimum`, the reductions `amax`/`amin` and the indices `argmax`/`argmin`. A side's words,
// PyTorch names and docs sit in one table, so the two can only differ where the table says.

import { argExtremes, extremes, tieShares } from '../kernels/reduce';
import { zipBinary } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { broadcastShapes } from '../shape';
import { scalar } from '../tensor';
import { unreduce } from './backward-helpers';
import { div } from './div';
import { eq } from './eq';
import { gt } from './gt';
import { lt } from './lt';
import { mul } from './mul';
import { type ArgAttrs, argShape, nonEmptyReduction, normDims, type ReduceAttrs } from './reduce-dims';
import { where } from './where';

const SIDES = {
  max: {
    sign: 1,
    pick: Math.max,
    comparative: 'larger',
    superlative: 'largest',
    Superlative: 'Largest',
    // Where a loses to b (a < b) a gets nothing; where b loses (a > b), b does.
    loses: [lt, gt],
    pairwise: { name: 'maximum', gradFn: 'MaximumBackward0' },
    reduce: { name: 'amax', gradFn: 'AmaxBackward0' },
    arg: { name: 'argmax', gradFn: 'ArgmaxBackward0' },
  },
  min: {
    sign: -1,
    pick: Math.min,
    comparative: 'smaller',
    superlative: 'smallest',
    Superlative: 'Smallest',
    loses: [gt, lt],
    pairwise: { name: 'minimum', gradFn: 'MinimumBackward0' },
    reduce: { name: 'amin', gradFn: 'AminBackward0' },
    arg: { name: 'argmin', gradFn: 'ArgminBackward0' },
  },
} as const;

export type Side = keyof typeof SIDES;

/** `maximum` or `minimum`: the larger (smaller) of two tensors, elementwise, broadcasting; NaN wins, as in PyTorch. */
export function makePairwiseExtreme(side: Side): OpDef {
  const { pick, comparative, loses, pairwise } = SIDES[side];
  const { name } = pairwise;
  return {
    ...pairwise,
    doc: `The ${comparative} of input and other, elementwise, broadcasting (NaN if either is NaN).`,
    shape: ([a, b]) => broadcastShapes(name, a, b),
    forward: ([a, b], _, shape) => zipBinary(a, b, shape, pick),
    // The upstream goes to the winning side; on a tie each side gets half (PyTorch's rule).
    backward: ([a, b], _out, g, _attrs, needs) => {
      const zero = scalar(0);
      const tie = run(eq, [a, b]);
      const half = run(div, [g, scalar(2)]);
      return [
        needs[0] ? run(where, [tie, half, run(where, [run(loses[0], [a, b]), zero, g])]) : null,
        needs[1] ? run(where, [tie, half, run(where, [run(loses[1], [a, b]), zero, g])]) : null,
      ];
    },
  };
}

/** `amax` or `amin`: the largest (smallest) element over `dims` (every dim when null); tied extremes share the gradient evenly. */
export function makeReduceExtreme(side: Side): OpDef<ReduceAttrs> {
  const { sign, Superlative, reduce } = SIDES[side];
  const { name } = reduce;
  return {
    ...reduce,
    doc: `${Superlative} element over the given dims (every dim by default).`,
    shape: ([a], { dims, keepdim }) => nonEmptyReduction(name, a, dims, keepdim),
    forward: ([a], { dims }) => extremes(a, normDims(name, dims, a.rank) as number[], sign),
    // The extreme is locally one of its inputs: the upstream goes to it (split evenly over ties).
    backward: ([a], out, g, { dims }) => {
      const ds = normDims(name, dims, a.rank) as number[];
      return [run(mul, [unreduce(g, a.shape, ds), tieShares(a, out.data, ds)])];
    },
  };
}

/** `argmax` or `argmin`: the index of the largest (smallest) element, the first of ties, along `dim` or into the flattened tensor. No gradient. */
export function makeArgExtreme(side: Side): OpDef<ArgAttrs> {
  const { sign, superlative, arg } = SIDES[side];
  const { name } = arg;
  return {
    ...arg,
    doc: `Index of the ${superlative} element, along a dim or in the flattened tensor.`,
    shape: ([a], attrs) => argShape(name, a, attrs),
    forward: ([a], { dim }) => argExtremes(a, dim, sign),
  };
}
