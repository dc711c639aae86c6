// Owns what the shape and creation functions share: checking sizes (negative, -1, the element limit)
// and making a history-free leaf that may require grad.

import { chargeMemory } from '../../engine/budget';
import { type CellError, errors } from '../../engine/errors';
import { limits } from '../../engine/limits';
import { type Shape, shapeLimitError, sizeOf } from '../../engine/shape';
import { type DType, Tensor } from '../../engine/tensor';

/** Sizes for a new tensor: whole numbers >= 0, and not past the element limit (checked before allocating). */
function newShape(fn: string, sizes: readonly number[]): Shape | CellError {
  for (const n of sizes) {
    if (n < 0) return errors.value(fn, `trying to create a tensor with negative dimension ${n}: ${errors.fmtShape(sizes)}`);
  }
  return withinLimit(fn, sizes);
}

/** The shape itself, or #LIMIT! when a tensor of it would have too many elements or dimensions. */
function withinLimit(fn: string, shape: Shape): Shape | CellError {
  return shapeLimitError(fn, shape, limits.maxElements) ?? chargeMemory(fn, sizeOf(shape)) ?? shape;
}

/** `reshape`/`view` sizes against `numel` elements: at most one -1, inferred from the others. */
export function inferShape(fn: string, sizes: readonly number[], numel: number): Shape | CellError {
  let infer = -1;
  let known = 1;
  for (let i = 0; i < sizes.length; i++) {
    const n = sizes[i];
    if (n === -1) {
      if (infer >= 0) return errors.value(fn, 'only one dimension can be inferred');
      infer = i;
    } else if (n < 0) return errors.value(fn, `invalid shape dimension ${n}`);
    else known *= n;
  }
  const bad = (): CellError => errors.shape(fn, `shape ${errors.fmtShape(sizes)} is invalid for input of size ${numel}`);
  if (infer < 0) return known === numel ? sizes : bad();
  if (known === 0 || numel % known !== 0) return bad();
  const out = [...sizes];
  out[infer] = numel / known;
  return out;
}

/** A new leaf over `data` (no history), requiring grad when asked; a boolean tensor cannot. */
export function leaf(fn: string, data: Float64Array, shape: Shape, requiresGrad: boolean, dtype: DType = 'float64'): Tensor | CellError {
  if (requiresGrad && dtype === 'bool') return errors.value(fn, 'only floating-point tensors can require gradients, not a boolean one');
  return new Tensor(data, shape, dtype, requiresGrad);
}

/** A standard normal sample by Box-Muller from two uniforms in [0, 1); 1 - u keeps the log finite. */
export function fillNormal(out: Float64Array, random: () => number): Float64Array {
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const theta = 2 * Math.PI * random();
    out[i] = r * Math.cos(theta);
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(theta);
  }
  return out;
}

export function fillUniform(out: Float64Array, random: () => number): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = random();
  return out;
}

/** The `requires_grad=` keyword every creation function takes. */
export const REQUIRES_GRAD = { name: 'requires_grad', kind: 'bool', default: false, doc: 'Whether the new leaf requires grad.' } as const;

/** A new leaf of checked `sizes` whose buffer `fill` writes (allocated only once the size is known to be allowed). */
export function filledLeaf(
  fn: string,
  sizes: readonly number[],
  fill: (out: Float64Array) => void,
  requiresGrad: boolean,
  dtype: DType = 'float64',
): Tensor | CellError {
  const shape = newShape(fn, sizes);
  if ('code' in shape) return shape;
  const data = new Float64Array(sizeOf(shape));
  fill(data);
  return leaf(fn, data, shape, requiresGrad, dtype);
}

/** A `*_like` result: `input`'s shape (and dtype unless `float` forces float64), filled by `fill`. */
export function likeLeaf(
  fn: string,
  input: Tensor,
  fill: (out: Float64Array) => void,
  requiresGrad: boolean,
  float = false,
): Tensor | CellError {
  if (float && input.dtype === 'bool') return errors.value(fn, 'cannot fill a boolean tensor with random numbers');
  return filledLeaf(fn, input.shape, fill, requiresGrad, input.dtype);
}
