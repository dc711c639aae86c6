// Owns the values PyTorch's spelled names stand for: `pi`, `e`, `inf`, `nan` and `None`, and the
// dtypes as the text a `dtype=` argument reads (the names themselves are formula/torch-names.ts's).

import { Tensor } from '../engine/tensor';
import { type CellValue, NONE, text } from '../engine/value';
import { CONSTANTS, DTYPES } from './torch-names';

/** `pi`, `e`, `inf`, `nan` (also as `torch.pi`, `math.inf`) as 0-D tensors, and `None`; undefined for other names. */
export function constantValue(name: string): CellValue | undefined {
  if (name === 'None') return NONE;
  // Own keys only: `constructor` or `__proto__` typed as a name must not find Object.prototype's.
  return Object.hasOwn(CONSTANTS, name) ? new Tensor(Float64Array.of(CONSTANTS[name]), []) : undefined;
}

/** `torch.float32` and its kin as text (`"torch.float32"`), which `dtype=` reads; undefined for other names. */
export function dtypeValue(name: string): CellValue | undefined {
  return Object.hasOwn(DTYPES, name) ? text(DTYPES[name]) : undefined;
}
