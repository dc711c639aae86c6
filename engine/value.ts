// Owns CellValue, the one value a cell holds (SPEC §1), and the small constructors for its kinds.

import { type CellError, errors } from './errors';
import { limits } from './limits';
import type { Tensor } from './tensor';

export interface TextValue {
  readonly kind: 'text';
  readonly value: string;
}

/** Several values as one. Built only by `tuple`, which keeps every tuple within the caps below. */
export interface TupleValue {
  readonly kind: 'tuple';
  readonly items: readonly CellValue[];
  /** How deep tuples nest in it: 1 when no item is a tuple. */
  readonly depth: number;
  /** The values printing it writes: itself, its items and theirs, nested tuples included, an item held twice counting twice. */
  readonly count: number;
  /** The numbers and characters of those values, counted the same way. */
  readonly weight: number;
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

/**
 * How deep tuples may nest. Printing walks without recursion, but a reader's own JSON.parse or
 * structured clone recurses, and two JSON levels per tuple stay far inside what they take.
 */
export const MAX_TUPLE_DEPTH = 256;

/**
 * How many values a tuple may print as (its `count`): `repeat(40, 1, t => tuple(t, t))` is small in
 * memory but prints 2^40 leaves, and doubling an empty tuple 2^40 tuples. No tutorial comes near 65,536.
 */
export const MAX_TUPLE_VALUES = 2 ** 16;

/** What one non-tuple value adds to a tuple's weight: its elements, or its characters. */
function weightOf(v: Exclude<CellValue, TupleValue>): number {
  switch (v.kind) {
    case 'tensor':
      return v.size;
    case 'text':
      return v.value.length;
    case 'error':
      return v.message.length;
    case 'function':
      return v.params.length;
    case 'empty':
      return 0;
  }
}

/**
 * A tuple of `items`, or #LIMIT! when it would nest deeper than MAX_TUPLE_DEPTH, print as more than
 * MAX_TUPLE_VALUES values or weigh more than one tensor may (limits.maxElements), counting shared
 * items each time they appear. Checked here, once, so every printer, the worker's messages and the
 * inspector can rely on the bound. Costs one pass over `items`: nested tuples carry their counts.
 */
export function tuple(items: readonly CellValue[]): TupleValue | CellError {
  let depth = 1;
  let count = 1;
  let weight = 0;
  for (const item of items) {
    if (item.kind === 'tuple') {
      depth = Math.max(depth, item.depth + 1);
      count += item.count;
      weight += item.weight;
    } else {
      count += 1;
      weight += weightOf(item);
    }
  }
  if (depth > MAX_TUPLE_DEPTH)
    return errors.tuple(`it would nest ${depth.toLocaleString('en-US')} tuples deep; the limit is ${MAX_TUPLE_DEPTH}`);
  if (count > MAX_TUPLE_VALUES) {
    return errors.tuple(
      `it would print as ${count.toLocaleString('en-US')} values, counting nested tuples and shared values each time; the limit is ${MAX_TUPLE_VALUES.toLocaleString('en-US')}`,
    );
  }
  if (weight > limits.maxElements) {
    return errors.tuple(
      `it would hold ${weight.toLocaleString('en-US')} elements (and characters), counting shared values each time; the limit is ${limits.maxElements.toLocaleString('en-US')}, as for one tensor`,
    );
  }
  return { kind: 'tuple', items, depth, count, weight };
}
