// Owns what backward rules share: tensors with no history, and a reduction's upstream restored to its
// input's shape (differentiably, through `run`, so grad of grad works).

import { reducedShape } from '../kernels/reduce';
import { run } from '../op';
import type { Shape } from '../shape';
import { Tensor } from '../tensor';
import { expand } from './expand';
import { reshape } from './reshape';

/** A tensor with no history: masks and counts inside backward rules, which have zero derivative. */
export function constant(data: Float64Array, shape: Shape): Tensor {
  return new Tensor(data, shape);
}

/** The upstream of a reduction over `dims`, with those dims restored as size 1 and broadcast back to `shape`. */
export function unreduce(g: Tensor, shape: Shape, dims: readonly number[]): Tensor {
  const kept = reducedShape(shape, dims, true);
  return run(expand, [run(reshape, [g], kept)], shape);
}

/** `t` (a reduction's output) reshaped to keepdim form, so it broadcasts against the input. */
export function keptForm(t: Tensor, shape: Shape, dims: readonly number[]): Tensor {
  return run(reshape, [t], reducedShape(shape, dims, true));
}
