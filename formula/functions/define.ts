// Owns defineFunction: a FunctionDef whose `lower` receives its arguments typed from its own declared
// parameters (a `tensor` parameter arrives as a Tensor, an optional `int` as number | null, …), so an
// implementation needs no casts and a changed declaration fails to compile where it is used.

import type { CellError } from '../../engine/errors';
import type { Tensor } from '../../engine/tensor';
import type { CellValue, FunctionValue } from '../../engine/value';
import type { ParamSpec } from './spec';
import type { CallContext, FunctionDef } from './types';

/** The JS type formula/functions/coerce.ts delivers for each kind. */
interface KindTypes {
  tensor: Tensor;
  number: number;
  int: number;
  bool: boolean;
  text: string;
  dim: number[];
  shape: number[];
  tensors: Tensor[];
  function: FunctionValue;
  any: CellValue;
}

/** One parameter's value as `lower` receives it: one defaulting to null may be null (not given). */
export type ArgOf<P extends ParamSpec> = P extends { default: null } ? Value<P> | null : Value<P>;

/** A given parameter's value: a variadic `any` is the list of values, a `text` with `oneOf` one of them. */
type Value<P extends ParamSpec> = P extends { kind: 'any'; variadic: true }
  ? CellValue[]
  : P extends { kind: 'text'; oneOf: readonly (infer O)[] }
    ? O
    : KindTypes[P['kind']];

export type ArgsOf<Ps extends readonly ParamSpec[]> = { readonly [I in keyof Ps]: Ps[I] extends ParamSpec ? ArgOf<Ps[I]> : never };

export type KwargsOf<Ks extends readonly ParamSpec[]> = { readonly [P in Ks[number] as P['name']]: ArgOf<P> };

/** A FunctionDef written with typed `lower` arguments. */
export type TypedDef<Ps extends readonly ParamSpec[], Ks extends readonly ParamSpec[]> = Omit<
  FunctionDef,
  'params' | 'kwargs' | 'lower'
> & {
  readonly params: Ps;
  readonly kwargs?: Ks;
  readonly lower: (args: ArgsOf<Ps>, kwargs: KwargsOf<Ks>, ctx: CallContext) => CellValue | CellError;
};

/**
 * The function `def` declares. Its `lower` is typed from `params` and `kwargs`; the one cast here is
 * sound because bindArgs (coerce.ts) delivers exactly those types, in that order, for every call.
 */
export function defineFunction<const Ps extends readonly ParamSpec[], const Ks extends readonly ParamSpec[] = []>(
  def: TypedDef<Ps, Ks>,
): FunctionDef {
  return def as unknown as FunctionDef;
}
