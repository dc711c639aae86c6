// Owns how the clip_grad_* functions read their `grads` argument: one tensor or a tuple of them (a
// model's parameters' gradients), and give the result back in the same structure.

import { type CellError, errors, isError } from '../../engine/errors';
import { type Tensor, isTensor } from '../../engine/tensor';
import { type CellValue, tuple } from '../../engine/value';

/** The gradient tensors in `grads`, or why it is not a tensor or a tuple of tensors. */
export function gradientList(fn: string, grads: CellValue): Tensor[] | CellError {
  const items = grads.kind === 'tuple' ? grads.items : [grads];
  const out: Tensor[] = [];
  for (const item of items) {
    if (isError(item)) return item;
    if (!isTensor(item) || item.dtype === 'bool') return errors.value(fn, 'grads must be a tensor or a tuple of tensors');
    out.push(item);
  }
  return out;
}

/** The clipped tensors in the structure `grads` came in: a tuple for a tuple. */
export const sameStructure = (grads: CellValue, clipped: Tensor[]): CellValue => (grads.kind === 'tuple' ? tuple(clipped) : clipped[0]);
