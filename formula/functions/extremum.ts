// Owns torch.max and torch.min, one factory for both sides: the extreme element, (values, indices)
// along a dim, or the elementwise maximum / minimum with another tensor.

import { relabel } from '../../engine/composite';
import { type CellError, errors, isError } from '../../engine/errors';
import { type AnyOp, attempt, call, run } from '../../engine/op';
import { amax } from '../../engine/ops/amax';
import { amin } from '../../engine/ops/amin';
import { argmax } from '../../engine/ops/argmax';
import { argmin } from '../../engine/ops/argmin';
import { gather } from '../../engine/ops/gather';
import { maximum } from '../../engine/ops/maximum';
import { minimum } from '../../engine/ops/minimum';
import { ALL, nonEmptyReduction } from '../../engine/ops/reduce-dims';
import { reshape } from '../../engine/ops/reshape';
import { type Tensor, isTensor } from '../../engine/tensor';
import { type CellValue, tuple } from '../../engine/value';
import { wholeNumber } from './reduce-helpers';
import type { FunctionDef, ParamSpec } from './types';
import { defineFunction } from './define';

/** The ops and PyTorch names one side (max or min) of the shared logic uses. */
interface Extremum {
  readonly fn: string;
  readonly reduce: AnyOp;
  readonly arg: AnyOp;
  readonly pair: AnyOp;
  /** grad_fn of the full reduction (MaxBackward1) and of the values along a dim (MaxBackward0). */
  readonly full: string;
  readonly alongDim: string;
}

/**
 * torch.max / torch.min's three forms: no dim → the extreme element (ties share the gradient);
 * a dim → the tuple (values, indices), the gradient going to the index returned; a tensor → the
 * elementwise maximum / minimum. A second argument that is a 0-D whole number not requiring grad is
 * a dim, as a Python int is in PyTorch; any other tensor is `other`.
 */
function extremum(side: Extremum, input: Tensor, second: CellValue | null, keepdim: boolean, other: Tensor | null): CellValue | CellError {
  const { fn } = side;
  if (other !== null) {
    return second === null ? call(side.pair, [input, other]) : errors.value(fn, 'takes either dim or other, not both');
  }
  if (second === null) {
    const shape = nonEmptyReduction(fn, input.shape, null, false);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- AnyOp (OpDef<any>) is how a table holds ops of every attribute type
    return isError(shape) ? shape : attempt(() => relabel(run(side.reduce, [input], ALL), side.full));
  }
  const dim = isTensor(second) && !second.requiresGrad ? wholeNumber(second) : null;
  if (dim === null) {
    return isTensor(second)
      ? call(side.pair, [input, second])
      : errors.value(fn, `dim must be a whole number, or other a tensor; got a ${second.kind}`);
  }
  const shape = nonEmptyReduction(fn, input.shape, [dim], keepdim);
  if (isError(shape)) return shape;
  return attempt(() => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- AnyOp (OpDef<any>) is how a table holds ops of every attribute type
    const index = run(side.arg, [input], { dim, keepdim: true });
    // Values are read back at the returned indices, so the gradient goes to exactly those elements.
    const picked = run(gather, [input, index], { dim });
    const values = keepdim ? picked : run(reshape, [picked], shape);
    return tuple([relabel(values, side.alongDim), keepdim ? index : run(reshape, [index], shape)]);
  });
}

const EXTREMUM_PARAMS = [
  { name: 'input', kind: 'tensor' },
  {
    name: 'dim',
    kind: 'any',
    default: null,
    doc: 'A dim (whole number) to reduce along, giving (values, indices); or a tensor to compare with.',
  },
  { name: 'keepdim', kind: 'bool', default: false, doc: 'With dim: keep it as size 1.' },
] as const satisfies readonly ParamSpec[];

const SIDES = {
  max: {
    side: { fn: 'max', reduce: amax, arg: argmax, pair: maximum, full: 'MaxBackward1', alongDim: 'MaxBackward0' },
    largest: 'Largest',
    elementwise: 'maximum',
    examples: [
      { formula: '=max([[1, 5], [3, 2]])', result: 5 },
      { formula: '=max([[1, 5], [3, 2]], dim=1)[0]', result: [5, 3] },
      { formula: '=max([[1, 5], [3, 2]], 1)[1]', result: [1, 0] },
      { formula: '=max([1, 5], [3, 2])', result: [3, 5] },
    ],
  },
  min: {
    side: { fn: 'min', reduce: amin, arg: argmin, pair: minimum, full: 'MinBackward1', alongDim: 'MinBackward0' },
    largest: 'Smallest',
    elementwise: 'minimum',
    examples: [
      { formula: '=min([[1, 5], [3, 2]])', result: 1 },
      { formula: '=min([[1, 5], [3, 2]], dim=1)[0]', result: [1, 2] },
      { formula: '=min([1, 5], [3, 2])', result: [1, 2] },
    ],
  },
} as const;

/** The sheet function `max` or `min`. */
export function makeExtremumFunction(name: keyof typeof SIDES): FunctionDef {
  const { side, largest, elementwise, examples } = SIDES[name];
  return defineFunction({
    name,
    torch: `torch.${name}`,
    doc: `${largest} element; with dim, the tuple (values, indices) along it; with a tensor, the elementwise ${elementwise}.`,
    params: EXTREMUM_PARAMS,
    kwargs: [{ name: 'other', kind: 'tensor', default: null, doc: `A tensor to take the elementwise ${elementwise} with.` }],
    examples,
    lower: ([input, second, keepdim], { other }) => extremum(side, input, second, keepdim, other),
  });
}
