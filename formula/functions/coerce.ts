// Owns argument checking: binds a call's arguments to a FunctionDef's parameters and converts each
// by its declared kind. Every failure is a #VALUE! naming the function and the parameter.

import { type CellError, errors, isError } from '../../engine/errors';
import { MAX_RANK } from '../../engine/shape';
import { Tensor, isTensor } from '../../engine/tensor';
import { type CellValue, NONE } from '../../engine/value';
import type { CallArg, FormArgs } from '../special-forms/special-form';
import type { Coerced, FunctionDef, ParamSpec } from './types';

/** One argument as the evaluator passes it: its value, or (for a list literal) its items' values. */
export interface ArgValue {
  readonly name: string | null;
  readonly value: CellValue;
  /** A list literal's items, evaluated one by one, for parameters of kind `tensors`. */
  readonly items?: readonly CellValue[];
}

export interface BoundArgs {
  readonly args: Coerced[];
  readonly kwargs: Record<string, Coerced>;
}

const describe = (v: CellValue): string => {
  if (isTensor(v)) return v.rank === 0 ? 'a number' : `a tensor of shape ${errors.fmtShape(v.shape)}`;
  if (v === NONE) return 'None';
  if (v.kind === 'empty') return 'an empty cell';
  return `a ${v.kind}`;
};

/** The parameter a positional argument at `index` fills (the variadic last one takes the rest). */
export function positionalParam(def: FunctionDef, index: number): ParamSpec | undefined {
  const ps = def.params;
  if (index < ps.length) return ps[index];
  const last = ps[ps.length - 1];
  return last?.variadic ? last : undefined;
}

/** The parameter (positional-or-keyword, or keyword-only) a keyword argument names. */
export function keywordParam(def: FunctionDef, name: string): ParamSpec | undefined {
  const key = name.toLowerCase();
  const named = (p: ParamSpec): boolean => p.name.toLowerCase() === key || (p.aliases?.includes(key) ?? false);
  return def.params.find(named) ?? def.kwargs?.find(named);
}

const asInt = (v: number): number | null => (Number.isInteger(v) ? v : null);

function oneNumber(fn: string, p: ParamSpec, v: CellValue): number | CellError {
  if (v.kind === 'empty') return 0;
  if (!isTensor(v) || v.size !== 1) return errors.value(fn, `${p.name} must be a single number, got ${describe(v)}`);
  return v.data[0];
}

function intList(fn: string, p: ParamSpec, values: readonly CellValue[]): number[] | CellError {
  // Sizes and dims name one number per dimension: past MAX_RANK of them no tensor can have them, so say
  // so before reading (possibly) millions of numbers.
  let count = 0;
  for (const v of values) for (const item of v.kind === 'tuple' ? v.items : [v]) count += isTensor(item) ? item.size : 1;
  if (count > MAX_RANK) return errors.rank(fn, count, MAX_RANK);
  const out: number[] = [];
  for (const v of values) {
    const items = v.kind === 'tuple' ? v.items : [v];
    for (const item of items) {
      if (!isTensor(item) || item.rank > 1) return errors.value(fn, `${p.name} must be whole numbers, got ${describe(item)}`);
      for (const x of item.data) {
        const n = asInt(x);
        if (n === null) return errors.value(fn, `${p.name} must be whole numbers, got ${x}`);
        out.push(n);
      }
    }
  }
  return out;
}

/**
 * A condition as a boolean (`if`'s, `while`'s, a backward pass's flags): an empty cell is false, and
 * a one-element tensor is true unless it is 0, as Python's `bool(tensor)`; anything else says why not.
 */
export function truth(fn: string, v: CellValue): boolean | CellError {
  if (isError(v)) return v;
  if (v.kind === 'empty') return false;
  if (!isTensor(v) || v.size !== 1) {
    const got = isTensor(v) ? `a tensor of shape ${errors.fmtShape(v.shape)}` : `a ${v.kind}`;
    return errors.value(fn, `the condition must be a single true/false value, got ${got}`);
  }
  return v.data[0] !== 0;
}

/** What each kind of parameter must be, as a message says it. */
const WANTED: Record<ParamSpec['kind'], string> = {
  tensor: 'a tensor',
  number: 'a number',
  int: 'a whole number',
  bool: 'true or false',
  text: 'text',
  dim: 'a dim (whole numbers)',
  shape: 'sizes (whole numbers)',
  tensors: 'tensors',
  function: 'a function',
  any: 'a value',
};

/** Converts one value (or the values of a variadic parameter) to what `kind` promises `lower`. */
function convert(fn: string, p: ParamSpec, arg: ArgValue | readonly ArgValue[]): Coerced | CellError {
  const many = Array.isArray(arg) ? (arg as readonly ArgValue[]) : null;
  const one = many ? null : (arg as ArgValue);
  // None stands for "not given" (bindArgs): a parameter that must be given cannot be None, as in PyTorch.
  // An empty cell is another matter: it reads as 0, as in spreadsheets.
  if (one?.value === NONE && p.kind !== 'any') return errors.value(fn, `${p.name} must be ${WANTED[p.kind]}, not None`);
  switch (p.kind) {
    case 'any':
      // A variadic one given by keyword (tuple(items=x)) still arrives as the list lower expects.
      if (many || p.variadic) return (many ?? [one!]).map((a) => a.value) as unknown as Coerced;
      return one!.value;
    case 'shape':
      return intList(fn, p, many ? many.map((a) => a.value) : [one!.value]);
    case 'tensors': {
      const values = many ? many.map((a) => a.value) : (one!.items ?? (one!.value.kind === 'tuple' ? one!.value.items : [one!.value]));
      const out: Tensor[] = [];
      for (const v of values) {
        if (isError(v)) return v;
        if (!isTensor(v)) return errors.value(fn, `${p.name} must be tensors, got ${describe(v)}`);
        out.push(v);
      }
      return out;
    }
    default:
      break;
  }
  const v = one!.value;
  switch (p.kind) {
    case 'tensor':
      if (v.kind === 'empty') return new Tensor(Float64Array.of(0), []);
      return isTensor(v) ? v : errors.value(fn, `${p.name} must be a tensor, got ${describe(v)}`);
    case 'number':
      return oneNumber(fn, p, v);
    case 'int': {
      const x = oneNumber(fn, p, v);
      if (typeof x !== 'number') return x;
      return Number.isInteger(x) ? x : errors.value(fn, `${p.name} must be a whole number, got ${x}`);
    }
    case 'bool': {
      const x = oneNumber(fn, p, v);
      if (typeof x !== 'number') return x;
      // TRUE/FALSE, or 1/0 as spreadsheets write them; any other number is a mistake (PyTorch refuses even 1).
      if (x !== 0 && x !== 1) return errors.value(fn, `${p.name} must be true or false, got ${x}`);
      return x === 1;
    }
    case 'text': {
      if (v.kind !== 'text') return errors.value(fn, `${p.name} must be text, got ${describe(v)}`);
      if (p.oneOf && !p.oneOf.includes(v.value)) {
        return errors.value(fn, `${p.name} must be one of ${p.oneOf.map((o) => `"${o}"`).join(', ')}, got "${v.value}"`);
      }
      return v.value;
    }
    case 'dim':
      return intList(fn, p, [v]);
    case 'function':
      return v.kind === 'function' ? v : errors.value(fn, `${p.name} must be a function, got ${describe(v)}`);
  }
}

/** A call's arguments placed in its parameters' slots: one argument each, or the list a variadic one took. */
export type Slots<A> = Map<ParamSpec, A | A[]>;

/**
 * Places each argument in its parameter's slot, by position or by name: the arity and keyword checks
 * every call gets, built-in or special form (formula/special-forms), before any argument is converted.
 */
export function bindSlots<A extends { readonly name: string | null }>(def: FunctionDef, args: readonly A[]): Slots<A> | CellError {
  const fn = def.name;
  const slots: Slots<A> = new Map();
  let positional = 0;
  for (const a of args) {
    if (a.name !== null) {
      const p = keywordParam(def, a.name);
      if (!p) return errors.value(fn, `unexpected keyword argument "${a.name}"`);
      if (slots.has(p)) return errors.value(fn, `got more than one value for "${p.name}"`);
      slots.set(p, a);
      continue;
    }
    const p = positionalParam(def, positional++);
    if (!p) {
      const most = def.params.length;
      return errors.value(fn, `takes at most ${most} argument${most === 1 ? '' : 's'} (${positional} given)`);
    }
    if (p.variadic) {
      const list = (slots.get(p) as A[] | undefined) ?? [];
      list.push(a);
      slots.set(p, list);
    } else {
      if (slots.has(p)) return errors.value(fn, `got more than one value for "${p.name}"`);
      slots.set(p, a);
    }
  }
  return slots;
}

/** Why a call cannot leave out `p`, the same words for every function. */
export const missingArgument = (fn: string, p: ParamSpec): CellError => errors.value(fn, `missing argument "${p.name}"`);

/**
 * Binds `args` to `def`'s parameters, then converts each. The first error among the argument values
 * flows out unchanged (errors are values); then arity, names and kinds are checked.
 */
export function bindArgs(def: FunctionDef, args: readonly ArgValue[]): BoundArgs | CellError {
  for (const a of args) {
    if (isError(a.value)) return a.value;
    for (const item of a.items ?? []) if (isError(item)) return item;
  }
  const fn = def.name;
  const slots = bindSlots(def, args);
  if (isError(slots)) return slots;
  const bind = (p: ParamSpec): Coerced | CellError => {
    const a = slots.get(p);
    const none = a !== undefined && !Array.isArray(a) && a.value === NONE && p.default !== undefined;
    if (a === undefined || none || (Array.isArray(a) && a.length === 0)) {
      if (p.default === undefined) return missingArgument(fn, p);
      return p.default === null ? null : typeof p.default === 'object' ? [...p.default] : p.default;
    }
    return convert(fn, p, a);
  };
  const out: Coerced[] = [];
  for (const p of def.params) {
    const c = bind(p);
    if (isError(c)) return c;
    out.push(c);
  }
  const kwargs: Record<string, Coerced> = {};
  for (const p of def.kwargs ?? []) {
    const c = bind(p);
    if (isError(c)) return c;
    kwargs[p.name] = c;
  }
  return { args: out, kwargs };
}

/**
 * Binds a special form's unevaluated arguments as `bindArgs` binds a function's: the same arity,
 * keyword and missing-argument checks and words. Nothing is converted: the form evaluates what it needs.
 */
export function bindForm(def: FunctionDef, args: readonly CallArg[]): FormArgs | CellError {
  const slots = bindSlots(def, args);
  if (isError(slots)) return slots;
  const given: (CallArg | null)[] = [];
  let rest: readonly CallArg[] = [];
  for (const p of [...def.params, ...(def.kwargs ?? [])]) {
    const a = slots.get(p);
    const many = Array.isArray(a) ? a : p.variadic && a !== undefined ? [a] : null;
    if ((a === undefined || many?.length === 0) && p.default === undefined) return missingArgument(def.name, p);
    if (many !== null) rest = many;
    given.push(many !== null || a === undefined ? null : (a as CallArg));
  }
  return { given, rest };
}
