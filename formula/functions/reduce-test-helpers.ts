// Owns helpers for the reduce group's function tests (imported only by *.test.ts files).

import { isTensor, type Tensor } from '../../engine/tensor';
import type { CellValue } from '../../engine/value';

/** The tensor a function returned; throws (failing the test) on an error or another kind. */
export function tensorOf(v: CellValue): Tensor {
  if (!isTensor(v)) throw new Error(`expected a tensor, got ${JSON.stringify(v)}`);
  return v;
}

/** The items of a tuple a function returned, each a tensor. */
export function tensorsOf(v: CellValue): Tensor[] {
  if (v.kind !== 'tuple') throw new Error(`expected a tuple, got ${JSON.stringify(v)}`);
  return v.items.map(tensorOf);
}
