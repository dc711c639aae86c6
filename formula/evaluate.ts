// Owns evaluation of a formula's AST to a CellValue: literals, references, names, operators, lambdas,
// attributes and indexing. Calls and special forms are in call.ts.

import { type CellError, errors, isError } from '../engine/errors';
import { OpFailure, call } from '../engine/op';
import { stack } from '../engine/ops/stack';
import { Tensor, isTensor } from '../engine/tensor';
import { type CellValue, type FunctionValue, EMPTY, text } from '../engine/value';
import type { BinaryOp, Expr, IndexPart } from './ast';
import { callExpr, callFunctionDef, methodCall } from './call';
import { lookupFunction } from './functions/index';
import type { ArgValue } from './functions/coerce';
import type { FunctionDef } from './functions/types';
import { runtime } from './runtime';
import { attribute } from './attributes';
import { indexValue } from './indexing';

/** Bindings of lambda parameters and `let` names (case-insensitive), innermost first. */
export interface Scope {
  readonly name: string;
  readonly value: CellValue;
  readonly parent: Scope | null;
}

export interface Env {
  /** The sheet the formula was written on: unqualified references point there. */
  readonly sheet: string;
  readonly scope: Scope | null;
}

export function bind(scope: Scope | null, name: string, value: CellValue): Scope {
  return { name: name.toLowerCase(), value, parent: scope };
}

export function lookupScope(scope: Scope | null, name: string): CellValue | undefined {
  const key = name.toLowerCase();
  for (let s = scope; s !== null; s = s.parent) if (s.name === key) return s.value;
  return undefined;
}

const BINARY_FUNCTIONS: Record<BinaryOp, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '@': 'matmul', '**': 'pow',
  '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge',
};

const builtins = new Map<string, FunctionDef>();

/** Runs a built-in by name on values (operators and literals lower to the same functions users call). */
export function applyBuiltin(name: string, values: readonly CellValue[]): CellValue {
  let def = builtins.get(name);
  if (def === undefined) {
    def = lookupFunction(name);
    if (!def) throw new Error(`built-in ${name} is missing from FUNCTIONS`);
    builtins.set(name, def);
  }
  const args: ArgValue[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) args[i] = { name: null, value: values[i] };
  return callFunctionDef(def, args);
}

/** A number for a 0-D literal; booleans are 0-D bool tensors. */
const literal = (x: number, dtype: 'float64' | 'bool' = 'float64'): Tensor => new Tensor(Float64Array.of(x), [], dtype);

// Tensors are immutable and literals have no history, so each literal node keeps one tensor for
// every evaluation (a loop body runs its literals millions of times).
const literals = new WeakMap<Expr, Tensor>();

function cachedLiteral(e: Expr, x: number, dtype: 'float64' | 'bool'): Tensor {
  let t = literals.get(e);
  if (t === undefined) literals.set(e, (t = literal(x, dtype)));
  return t;
}

function listLiteral(items: readonly Expr[], env: Env): CellValue {
  const values: CellValue[] = [];
  for (const item of items) {
    const v = evaluate(item, env);
    if (isError(v)) return v;
    if (v.kind === 'empty') {
      values.push(literal(0));
      continue;
    }
    if (!isTensor(v)) return errors.value('list', `a tensor literal holds numbers, got a ${v.kind}`);
    values.push(v);
  }
  if (values.length === 0) return new Tensor(new Float64Array(0), [0]);
  const first = values[0] as Tensor;
  for (let i = 1; i < values.length; i++) {
    const t = values[i] as Tensor;
    if (t.shape.length !== first.shape.length || t.shape.some((n, d) => n !== first.shape[d])) {
      return errors.shape(
        'list',
        `item ${i + 1} has shape ${errors.fmtShape(t.shape)} but item 1 has ${errors.fmtShape(first.shape)}: a tensor literal must be rectangular`,
      );
    }
  }
  // Constant rows need no history: build the data directly (the common case, and the fast one).
  if (values.every((v) => (v as Tensor).node === null && !(v as Tensor).requiresGrad)) {
    const n = first.size;
    const data = new Float64Array(n * values.length);
    values.forEach((v, i) => data.set((v as Tensor).data, i * n));
    const dtype = values.every((v) => (v as Tensor).dtype === 'bool') ? 'bool' : 'float64';
    return new Tensor(data, [values.length, ...first.shape], dtype);
  }
  return call(stack, values as Tensor[], { dim: 0 });
}

function lambda(params: readonly string[], body: Expr, env: Env): FunctionValue {
  return {
    kind: 'function',
    name: null,
    params,
    call(args) {
      if (args.length !== params.length) {
        return errors.value('lambda', `takes ${params.length} argument${params.length === 1 ? '' : 's'} (${args.length} given)`);
      }
      let scope = env.scope;
      params.forEach((p, i) => (scope = bind(scope, p, args[i])));
      return evaluate(body, { sheet: env.sheet, scope });
    },
  };
}

/** A built-in used as a value (`jvp(sin, x, v)`). */
export function builtinValue(name: string): FunctionValue | undefined {
  const def = lookupFunction(name);
  if (!def || def.form) return undefined;
  return {
    kind: 'function',
    name: def.name,
    params: def.params.map((p) => p.name),
    call: (args) => callFunctionDef(def, args.map((value) => ({ name: null, value }))),
  };
}

/** The value a name stands for: a lambda parameter or let name, a workbook name, then a built-in. */
export function resolveName(name: string, env: Env): CellValue {
  return lookupScope(env.scope, name) ?? runtime().readName(name) ?? builtinValue(name) ?? errors.name(name);
}

export function evaluate(e: Expr, env: Env): CellValue {
  switch (e.type) {
    case 'number':
      return cachedLiteral(e, e.value, 'float64');
    case 'bool':
      return cachedLiteral(e, e.value ? 1 : 0, 'bool');
    case 'string':
      return text(e.value);
    case 'list':
      return listLiteral(e.items, env);
    case 'ref':
      return runtime().readCell(e.ref, env.sheet);
    case 'range':
      return runtime().readRange(e.start, e.end, env.sheet);
    case 'name':
      return resolveName(e.name, env);
    case 'lambda':
      return lambda(e.params, e.body, env);
    case 'call':
      return callExpr(e.callee, e.args, env);
    case 'method':
      return methodCall(e.object, e.name, e.args, env);
    case 'attr': {
      const v = evaluate(e.object, env);
      return isError(v) ? v : attribute(v, e.name);
    }
    case 'index':
      return evaluateIndex(e.object, e.parts, env);
    case 'unary': {
      const v = evaluate(e.operand, env);
      if (isError(v) || e.op === '+') return v;
      return applyBuiltin('neg', [v]);
    }
    case 'binary': {
      const left = evaluate(e.left, env);
      if (isError(left)) return left;
      const right = evaluate(e.right, env);
      if (isError(right)) return right;
      return applyBuiltin(BINARY_FUNCTIONS[e.op], [left, right]);
    }
  }
}

function evaluateIndex(object: Expr, parts: readonly IndexPart[], env: Env): CellValue {
  const v = evaluate(object, env);
  if (isError(v)) return v;
  const evaluated: ({ kind: 'index'; value: CellValue } | { kind: 'slice'; start: CellValue | null; stop: CellValue | null; step: CellValue | null })[] = [];
  for (const p of parts) {
    if (p.kind === 'index') {
      const value = evaluate(p.expr, env);
      if (isError(value)) return value;
      evaluated.push({ kind: 'index', value });
    } else {
      const ends = [p.start, p.stop, p.step].map((x) => (x === null ? null : evaluate(x, env)));
      for (const x of ends) if (x !== null && isError(x)) return x;
      evaluated.push({ kind: 'slice', start: ends[0], stop: ends[1], step: ends[2] });
    }
  }
  return indexValue(v, evaluated);
}

/** Evaluates a whole formula for a cell, turning any failure into the cell's error value. */
export function evaluateFormula(e: Expr, sheet: string): CellValue {
  try {
    return evaluate(e, { sheet, scope: null });
  } catch (err) {
    return failureValue(err);
  }
}

/** An exception caught at the evaluator's boundary as a value: a user's OpFailure, or one of our bugs. */
export function failureValue(err: unknown): CellError {
  if (err instanceof OpFailure) return err.error;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return errors.value('formula', 'the computation nests too deeply');
  }
  const message = err instanceof Error ? err.message : String(err);
  return errors.value('internal error', `${message} (this is a bug in Gradsheet; please report it)`);
}

export { EMPTY };
