// Owns helpers for tests of the shape and creation functions (imported only by *.test.ts files):
// bind arguments as the evaluator does (formula/functions/coerce.ts), then run `lower`.

import { isError } from '../../engine/errors';
import { attempt } from '../../engine/op';
import { makeRandom } from '../../engine/random';
import { type Nested, isTensor, toNested } from '../../engine/tensor';
import { text, type CellValue } from '../../engine/value';
import { t } from '../../engine/test-helpers';
import { bindArgs } from './coerce';
import type { CallContext, FunctionDef } from './types';

export const fakeContext = (seed = 1): CallContext => ({
  random: makeRandom(seed),
  callFunction: () => {
    throw new Error('callFunction is not used by these functions');
  },
  cell: 'Sheet1!A1',
});

/** An argument: a CellValue as is, a number or nested array as a tensor, a string as text. */
export type Arg = CellValue | Nested | string;
const toValue = (a: Arg): CellValue =>
  typeof a === 'string' ? text(a) : typeof a === 'number' || typeof a === 'boolean' || Array.isArray(a) ? t(a) : a;

/** def(positional..., keyword=...) with the checking and conversion the evaluator applies. */
export function invoke(def: FunctionDef, positional: readonly Arg[], keywords: Record<string, Arg> = {}, seed = 1): CellValue {
  const bound = bindArgs(def, [
    ...positional.map((a) => ({ name: null, value: toValue(a) })),
    ...Object.entries(keywords).map(([name, a]) => ({ name, value: toValue(a) })),
  ]);
  if (isError(bound)) return bound;
  return attempt(() => def.lower(bound.args, bound.kwargs, fakeContext(seed)));
}

/** A result as `{value, shape}` or `{error, message}`, so an error cannot pass for a value. */
export function res(v: CellValue): { value: Nested; shape: number[] } | { error: string; message: string } | CellValue {
  if (isError(v)) return { error: v.code, message: v.message };
  if (isTensor(v)) return { value: v.size === 0 ? [] : toNested(v), shape: [...v.shape] };
  return v;
}
