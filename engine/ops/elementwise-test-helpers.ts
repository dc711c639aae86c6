// Owns small helpers for the elementwise ops' unit tests (imported only by *.test.ts files).

import { type CellError, isError } from '../errors';
import { type Nested, Tensor, fromNested } from '../tensor';

/** The tensor an op returned; throws (failing the test) if it returned an error. */
export function must(r: Tensor | CellError): Tensor {
  if (isError(r)) throw new Error(`unexpected error: ${r.message}`);
  return r;
}

/** A boolean leaf tensor from nested true/false. */
export function bools(value: Nested): Tensor {
  const r = fromNested(value, { dtype: 'bool' });
  if (typeof r === 'string') throw new Error(r);
  return r;
}
