// Owns small helpers for unit tests of ops and autograd (imported only by *.test.ts files).

import { vjp } from './autograd';
import { type CellError, isError } from './errors';
import { type Nested, Tensor, fromNested, toNested } from './tensor';

/** A leaf tensor from nested arrays; throws on ragged input (a mistake in the test itself). */
export function t(value: Nested, requiresGrad = false): Tensor {
  const r = fromNested(value, { requiresGrad });
  if (typeof r === 'string') throw new Error(r);
  return r;
}

/** A result as `{value, shape}` or `{error}`, so an error cannot pass for a value in an assertion. */
export function outcome(r: Tensor | CellError): { value: Nested; shape: number[] } | { error: string; message: string } {
  return isError(r) ? { error: r.code, message: r.message } : { value: toNested(r), shape: [...r.shape] };
}

/** d(sum(y * v))/dx for each x, as nested arrays (v defaults to ones of y's shape). */
export function gradOf(y: Tensor, xs: Tensor[], v?: Tensor): Nested[] {
  const g = vjp(y, xs, v ?? new Tensor(new Float64Array(y.size).fill(1), y.shape));
  if (isError(g)) throw new Error(g.message);
  return g.map(toNested);
}
