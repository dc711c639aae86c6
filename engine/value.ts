// Owns CellValue, the one value a cell holds (SPEC §1), and the small constructors for its kinds.

import type { CellError } from './errors';
import type { Tensor } from './tensor';

export interface TextValue {
  readonly kind: 'text';
  readonly value: string;
}

export interface TupleValue {
  readonly kind: 'tuple';
  readonly items: readonly CellValue[];
}

/** A lambda or a built-in. `call` never throws for a user's mistake: errors come back as values. */
export interface FunctionValue {
  readonly kind: 'function';
  /** The built-in's name, or null for a lambda. */
  readonly name: string | null;
  readonly params: readonly string[];
  call(args: readonly CellValue[]): CellValue;
}

export interface EmptyValue {
  readonly kind: 'empty';
}

export type CellValue = Tensor | CellError | TextValue | TupleValue | FunctionValue | EmptyValue;

export const EMPTY: EmptyValue = Object.freeze({ kind: 'empty' });

/** Python's `None`: shown as empty, and an argument given as None means "not given" where PyTorch takes None (`dim=None`). */
export const NONE: EmptyValue = Object.freeze({ kind: 'empty' });

export function text(value: string): TextValue {
  return { kind: 'text', value };
}

export function tuple(items: readonly CellValue[]): TupleValue {
  return { kind: 'tuple', items };
}
