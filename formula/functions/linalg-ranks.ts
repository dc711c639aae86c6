// Owns the rank checks of mm, mv, dot and outer, which are matmul (or mul) restricted to given ranks.

import { type CellError, errors, isError } from '../../engine/errors';
import { call } from '../../engine/op';
import { matmul, matmulShape } from '../../engine/ops/matmul';
import type { Tensor } from '../../engine/tensor';

const dims = (r: number): string => `${r}-D`;

/** `fn` applied to tensors of exactly these ranks, else #SHAPE! naming what it got. */
export function checkRanks(fn: string, ts: readonly Tensor[], ranks: readonly number[]): CellError | null {
  if (ts.every((t, i) => t.rank === ranks[i])) return null;
  return errors.shape(
    fn,
    `expected ${ranks.map(dims).join(' and ')} tensors, got shapes ${ts.map((t) => errors.fmtShape(t.shape)).join(' and ')}`,
  );
}

/** matmul of tensors of exactly the given ranks, with errors naming `fn`. */
export function matmulOfRanks(fn: string, a: Tensor, b: Tensor, ranks: readonly [number, number]): Tensor | CellError {
  const bad = checkRanks(fn, [a, b], ranks);
  if (bad) return bad;
  const s = matmulShape(fn, a.shape, b.shape);
  return isError(s) ? s : call(matmul, [a, b]);
}
