// Owns the registry fuzz (imported only by tests): calls of every function built from argument kinds it
// does not take, the workbook they run in, and what any outcome must look like.

import fc from 'fast-check';
import type { ErrorCode } from '../../engine/errors';
import type { Expr } from '../ast';
import type { CellJSON } from '../cell-json';
import { printExpr } from '../print';
import { parseFormula } from '../to-ast';
import { childExprs } from '../walk';
import type { FunctionDef } from './types';

/** Cells the fuzzed formula (in B1) may read: a leaf that requires grad, a lambda, text, a matrix, a backward root. */
export const SETUP: readonly (readonly [string, string])[] = [
  ['A2', '=ones(2, requires_grad=true)'],
  ['A3', '=x => x * 2'],
  ['A4', 'hello'],
  ['A6', '=[[1, 2], [3, 4]]'],
  ['A7', '=backward(sum(A2 * 3))'],
];

/** Argument expressions of every kind a cell can hold, and the awkward values of each. */
const VALUES: readonly string[] = [
  // numbers: negative, huge, non-integer, tiny, non-finite
  '0',
  '1',
  '2',
  '-1',
  '-3',
  '0.5',
  '-0.5',
  '2.5',
  '1e9',
  '2 ** 53',
  '1e300',
  '-1e300',
  '1e-300',
  'nan',
  'inf',
  '-inf',
  // tensors, some with NaN/inf, some requiring grad, 0-D to rank 3
  '[1, 2, 3]',
  '[[1, 2], [3, 4]]',
  '[[0.25, 0.5, 0.75]]',
  'ones(2, 3, requires_grad=true)',
  'ones(1, 1, 1)',
  '[nan, 1]',
  '[inf, -inf]',
  '[0, 1, 2]',
  '[-1, 5]',
  '[0.5, 1.5]',
  '[1e300, -1e300]',
  'A2',
  'A6',
  'sum(A2)',
  // empty tensors
  'zeros(0)',
  'ones(0, 3)',
  'ones(3, 0)',
  '[]',
  // booleans
  'true',
  'false',
  '[true, false]',
  '[[true], [false]]',
  '[1, 2, 3] > 1',
  // text
  '"abc"',
  '""',
  '"mean"',
  '"none"',
  '"tanh"',
  '"inf"',
  'A4',
  'torch.long',
  'torch.float32',
  // functions: lambdas of each arity, built-ins, a lambda cell
  'x => x',
  '(a, b) => a + b',
  'x => sum(x)',
  'x => "t"',
  '() => 1',
  'x => tuple(x, x)',
  'exp',
  'sum',
  'A3',
  // tuples
  'tuple(1, 2)',
  '(1, [2, 3])',
  'tuple()',
  'tuple(ones(2), ones(3))',
  '(A2,)',
  // empty, None, ranges, an error
  'A5',
  'None',
  'A2:A4',
  'A6:B7',
  '[1, 2] + [1, 2, 3]',
];

/** The awkward numbers alone, drawn more often where a parameter takes numbers (sizes, dims, counts, flags). */
const NUMBERS: readonly string[] = ['0', '1', '-1', '0.5', '-0.5', '2 ** 53', '1e300', '-1e300', 'nan', 'inf', '-inf', 'true', '[]'];
const NUMERIC_KINDS = new Set(['number', 'int', 'bool', 'dim', 'shape']);

/** Keyword names worth trying on any function besides its own: common ones and a wrong one. */
const KEYWORDS: readonly string[] = ['dim', 'keepdim', 'requires_grad', 'reduction', 'seed', 'dtype', 'foo'];

/** A call of `def` with 0 to (its arity + 2) positional arguments and up to 2 keyword ones, some as a method call. */
export function fuzzCall(def: FunctionDef): fc.Arbitrary<string> {
  const names = [...def.params, ...(def.kwargs ?? [])].map((p) => p.name).concat(KEYWORDS);
  const value = fc.constantFrom(...VALUES);
  const numeric = fc.oneof(fc.constantFrom(...NUMBERS), value);
  const keyword = fc.tuple(fc.constantFrom(...names), value).map(([k, v]) => `${k}=${v}`);
  // Argument i is drawn as parameter i takes it (numbers more often where it takes numbers); extras as the last.
  const kinds = def.params.map((p) => p.kind);
  const slot = (i: number) => (NUMERIC_KINDS.has(kinds[Math.min(i, kinds.length - 1)] ?? '') ? numeric : value);
  // Every arity from none to two too many, the right one twice as often (fc.nat would favour none).
  const arities = [...Array.from({ length: def.params.length + 3 }, (_, n) => n), def.params.length];
  const positional = fc.constantFrom(...arities).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => slot(i))));
  return fc
    .record({
      positional,
      keywords: fc.uniqueArray(keyword, { maxLength: 2, selector: (k) => k.split('=')[0] }),
      method: fc.boolean(),
    })
    .map(({ positional, keywords, method }) => {
      if (method && positional.length > 0) {
        const [self, ...rest] = positional;
        return `=(${self}).${def.name}(${[...rest, ...keywords].join(', ')})`;
      }
      return `=${def.name}(${[...positional, ...keywords].join(', ')})`;
    });
}

/** The first call of `name` in `e` (breadth first), as a function or a method call; null when there is none. */
function callOf(e: Expr, name: string): Extract<Expr, { type: 'call' | 'method' }> | null {
  const queue: Expr[] = [e];
  while (queue.length > 0) {
    const x = queue.shift()!;
    if (x.type === 'call' && x.callee.type === 'name' && x.callee.name.toLowerCase() === name.toLowerCase()) return x;
    if (x.type === 'method' && x.name.toLowerCase() === name.toLowerCase()) return x;
    queue.push(...childExprs(x));
  }
  return null;
}

const parsed = (text: string): Expr => {
  const e = parseFormula(text);
  if (e.type === 'parse-error') throw new Error(`registry fuzz: ${text} does not parse (${e.message})`);
  return e;
};

/**
 * One of `def`'s own examples (a call it takes) with one or two arguments changed: replaced by an
 * awkward value, dropped, or joined by another positional or keyword one. Where garbage values hide: all but
 * one argument are right. Null when no example calls the function by name.
 */
export function mutatedExample(def: FunctionDef): fc.Arbitrary<string> | null {
  const calls = def.examples
    .map((e) => e.formula.replace(/^=/, ''))
    .filter((f) => {
      const e = parseFormula(f);
      return e.type !== 'parse-error' && callOf(e, def.name) !== null;
    });
  if (calls.length === 0) return null;
  const names = [...def.params, ...(def.kwargs ?? [])].map((p) => p.name).concat(KEYWORDS);
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: fc.oneof(fc.constantFrom(...NUMBERS), fc.constantFrom(...VALUES)),
    }),
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('add' as const),
      name: fc.option(fc.constantFrom(...names), { nil: null }),
      value: fc.constantFrom(...VALUES),
    }),
  );
  return fc.tuple(fc.constantFrom(...calls), fc.array(edit, { minLength: 1, maxLength: 2 })).map(([text, changes]) => {
    const root = parsed(text);
    const args = callOf(root, def.name)!.args;
    for (const change of changes) {
      if (change.kind === 'add') args.push({ name: change.name, value: parsed(change.value) });
      else if (args.length > 0 && change.kind === 'drop') args.splice(change.at % args.length, 1);
      else if (args.length > 0 && change.kind === 'replace') {
        const at = change.at % args.length;
        args[at] = { name: args[at].name, value: parsed(change.value) };
      }
    }
    return `=${printExpr(root)}`;
  });
}

const KINDS = new Set(['tensor', 'bool', 'text', 'function', 'tuple', 'error', 'empty']);

/** Numbers a nested value of `shape` holds, or -1 when its nesting does not follow the shape. */
function countElements(value: unknown, shape: readonly number[]): number {
  let level: unknown[] = [value];
  for (const n of shape) {
    const next: unknown[] = [];
    for (const row of level) {
      if (!Array.isArray(row) || row.length !== n) return -1;
      next.push(...(row as unknown[]));
    }
    level = next;
  }
  return level.some((x) => Array.isArray(x)) ? -1 : level.length;
}

// Every code of SPEC §6, checked against ErrorCode by the compiler in both directions.
const ERROR_CODES: Record<ErrorCode, true> = {
  '#PARSE!': true,
  '#NAME?': true,
  '#REF!': true,
  '#CYCLE!': true,
  '#VALUE!': true,
  '#SHAPE!': true,
  '#GRAD!': true,
  '#LOOP!': true,
  '#LIMIT!': true,
};

/** Why a cell's JSON is not a well-formed outcome (a value, or an error with a code and a real message), or null. */
export function malformed(json: CellJSON): string | null {
  const stack: CellJSON[] = [json];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (!KINDS.has(v.kind)) return `unknown kind ${String(v.kind)}`;
    if (v.kind === 'error') {
      if (!Object.hasOwn(ERROR_CODES, v.code)) return `unknown error code ${v.code}`;
      if (typeof v.message !== 'string' || v.message.trim() === '') return `${v.code} without a message`;
      if (/undefined|\[object |internal error/i.test(v.message)) return `${v.code} with a broken message: ${v.message}`;
    } else if (v.kind === 'tensor' || v.kind === 'bool') {
      if (!v.shape.every((n) => Number.isInteger(n) && n >= 0)) return `bad shape ${JSON.stringify(v.shape)}`;
      if (countElements(v.value, v.shape) !== v.shape.reduce((a, b) => a * b, 1))
        return `value does not have shape ${JSON.stringify(v.shape)}`;
    } else if (v.kind === 'tuple') stack.push(...v.items);
  }
  return null;
}
