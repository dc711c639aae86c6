// Owns evaluation of a formula's AST to a CellValue: literals, references, names, operators, lambdas,
// attributes and indexing. Calls and special forms are in call.ts: the two modules recurse into each
// other, and that recursion is the evaluation core (see call.ts's header and docs/ARCHITECTURE.md).
// size: the evaluation core (evaluate/call) in one place: splitting it would split the recursion.

import { chargeStep } from '../engine/budget';
import { type CellError, errors, isError } from '../engine/errors';
import { relabel } from '../engine/composite';
import { OpFailure, call } from '../engine/op';
import { stack } from '../engine/ops/stack';
import { shapeLimitError } from '../engine/shape';
import { limits } from '../engine/limits';
import { Tensor, isTensor } from '../engine/tensor';
import { type CellValue, type FunctionValue, text } from '../engine/value';
import type { BinaryOp, Expr, IndexPart } from './ast';
import { callExpr, callFunctionDef, callNamed, methodCall, operatorCall } from './call';
import { PREFIXED_NAMES, modulePrefix } from './torch-names';
import { constantValue, dtypeValue } from './torch-values';
import { functionNames, lookupFunction } from './functions/index';
import { nearestWords } from './suggest';
import type { ArgValue } from './functions/coerce';
import type { FunctionDef } from './functions/types';
import { runtime } from './runtime';
import { type Env, type Scope, bind, lookupScope } from './scope';
import { attribute, gradFnMember } from './attributes';
import { indexValue } from './indexing';
import { assignmentError } from './in-place';

const BINARY_FUNCTIONS: Record<BinaryOp, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '@': 'matmul',
  '**': 'pow',
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
};

function builtin(name: string): FunctionDef {
  const def = lookupFunction(name);
  if (!def) throw new Error(`built-in ${name} is missing from FUNCTIONS`);
  return def;
}

/** Runs a built-in by name on values (operators and literals lower to the same functions users call). */
function applyBuiltin(name: string, values: readonly CellValue[]): CellValue {
  const args = new Array<ArgValue>(values.length);
  for (let i = 0; i < values.length; i++) args[i] = { name: null, value: values[i] };
  return callFunctionDef(builtin(name), args);
}

/** A number for a 0-D literal; booleans are 0-D bool tensors. */
const literal = (x: number, dtype: 'float64' | 'bool' = 'float64'): Tensor => new Tensor(Float64Array.of(x), [], dtype);

/** Literals made once by `compile`: one tensor serves every evaluation, in every cell sharing the formula. */
const compiledLiterals = new WeakSet<Tensor>();

function compiledLiteral(x: number, dtype: 'float64' | 'bool' = 'float64'): Tensor {
  const t = literal(x, dtype);
  compiledLiterals.add(t);
  return t;
}

/**
 * A cell's value as the cell's own: a formula's compiled literal (`=if(A1 > 0, 5, 6)` gives one) is
 * shared by every cell the formula is filled to, and autograd tells tensors apart by identity, so
 * such a value gets a tensor of its own over the same data.
 */
export function ownValue(v: CellValue): CellValue {
  // A literal has no history; most computed values do, and skip the lookup.
  return isTensor(v) && v.node === null && compiledLiterals.has(v) ? v.with({}) : v;
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
    const shape = [values.length, ...first.shape];
    const beyond = shapeLimitError('list', shape, limits.maxElements);
    if (beyond) return beyond;
    const n = first.size;
    const data = new Float64Array(n * values.length);
    values.forEach((v, i) => data.set((v as Tensor).data, i * n));
    const dtype = values.every((v) => (v as Tensor).dtype === 'bool') ? 'bool' : 'float64';
    return new Tensor(data, shape, dtype);
  }
  return call(stack, values as Tensor[], { dim: 0 });
}

function lambda(params: readonly string[], body: Expr, env: Env): FunctionValue {
  return {
    kind: 'function',
    name: null,
    params,
    call(args) {
      const over = chargeStep('lambda');
      if (over !== null) return over;
      if (args.length !== params.length) {
        return errors.value('lambda', `takes ${params.length} argument${params.length === 1 ? '' : 's'} (${args.length} given)`);
      }
      let scope = env.scope;
      params.forEach((p, i) => (scope = bind(scope, p, args[i])));
      return evaluate(body, { ...env, scope });
    },
  };
}

/** A built-in used as a value (`jvp(sin, x, v)`). */
function builtinValue(name: string): FunctionValue | undefined {
  const def = lookupFunction(name);
  if (!def || def.form) return undefined;
  return {
    kind: 'function',
    name: def.name,
    params: def.params.map((p) => p.name),
    call: (args) =>
      callFunctionDef(
        def,
        args.map((value) => ({ name: null, value })),
      ),
  };
}

/** The value a name stands for: a lambda parameter or let name, a workbook name, then a built-in. */
function resolveName(name: string, env: Env): CellValue {
  return (
    lookupScope(env.scope, name) ??
    runtime().readName(name) ??
    builtinValue(name) ??
    constantValue(name) ??
    errors.name(name, nearestWords(name, knownNames(env.scope)))
  );
}

/** Whether a parameter, `let` name or workbook name is called `name` (it then shadows a module prefix). */
const isBound = (name: string, env: Env): boolean => lookupScope(env.scope, name) !== undefined || runtime().hasName(name);

/** Every name a formula could have meant here: parameters and `let` names in scope, workbook names, functions. */
export function knownNames(scope: Scope | null): string[] {
  const out: string[] = [];
  for (let s = scope; s !== null; s = s.parent) out.push(s.name);
  return [...out, ...runtime().workbookNames(), ...functionNames(), ...PREFIXED_NAMES];
}

/** An expression compiled to a closure: dispatch on the node's kind happens once, not on every evaluation. */
type Compiled = (env: Env) => CellValue;

// A node evaluated on its own (a call's argument, a lambda's body) is compiled on first use and kept:
// loop bodies evaluate the same nodes again and again. Operands are compiled into their operator's
// closure. Tensors are immutable, so a literal's tensor is made once too.
const compiled = new WeakMap<Expr, Compiled>();

export function evaluate(e: Expr, env: Env): CellValue {
  return compiledOf(e)(env);
}

function compiledOf(e: Expr): Compiled {
  let f = compiled.get(e);
  if (f === undefined) compiled.set(e, (f = compile(e)));
  return f;
}

// size: one exhaustive switch, a short case per AST node type.
function compile(e: Expr): Compiled {
  switch (e.type) {
    case 'number': {
      const t = compiledLiteral(e.value);
      return () => t;
    }
    case 'bool': {
      const t = compiledLiteral(e.value ? 1 : 0, 'bool');
      return () => t;
    }
    case 'string': {
      const v = text(e.value);
      return () => v;
    }
    case 'list': {
      const items = e.items;
      return (env) => listLiteral(items, env);
    }
    case 'tuple': {
      // `(a, b)` means what `tuple(a, b)` means, whatever the formula calls `tuple`.
      const items = e.items.map(compiledOf);
      return (env) =>
        applyBuiltin(
          'tuple',
          items.map((item) => item(env)),
        );
    }
    case 'ref': {
      const ref = e.ref;
      return (env) => runtime().readCell(ref, env);
    }
    case 'range': {
      const { start, end } = e;
      return (env) => runtime().readRange(start, end, env);
    }
    case 'error': {
      const v = errors.ref('the reference was deleted');
      return () => v;
    }
    case 'name': {
      const name = e.name;
      return (env) => resolveName(name, env);
    }
    case 'lambda': {
      const { params, body } = e;
      return (env) => lambda(params, body, env);
    }
    case 'call': {
      const { callee, args } = e;
      return (env) => callExpr(callee, args, env);
    }
    case 'method': {
      const { object, name, args } = e;
      if (object.type === 'attr' && object.name === 'grad_fn' && name === 'name' && args.length === 0) {
        const owner = compile(object.object);
        return (env) => {
          const v = owner(env);
          return isError(v) ? v : gradFnMember(v, 'name');
        };
      }
      const prefix = modulePrefix(object);
      const callArgs = prefix && args.map((a) => ({ name: a.name, expr: a.value }));
      // `torch.ones(2)` calls ones, unless a parameter or workbook name shadows `torch`.
      if (prefix && callArgs)
        return (env) => (isBound(prefix.root, env) ? methodCall(object, name, args, env) : callNamed(name, callArgs, env));
      return (env) => methodCall(object, name, args, env);
    }
    case 'assign': {
      const object = compile(e.object);
      return (env) => {
        const v = object(env);
        return isError(v) ? v : assignmentError(e.object, e.name, e.value, v);
      };
    }
    case 'attr': {
      if (e.object.type === 'attr' && e.object.name === 'grad_fn' && e.name === 'next_functions') {
        const owner = compile(e.object.object);
        return (env) => {
          const v = owner(env);
          return isError(v) ? v : gradFnMember(v, 'next_functions');
        };
      }
      const object = compile(e.object);
      const name = e.name;
      const prefix = modulePrefix(e.object);
      const member = (env: Env) => dtypeValue(name) ?? resolveName(name, env);
      const read = (env: Env) => {
        const v = object(env);
        return isError(v) ? v : attribute(v, name);
      };
      if (prefix) return (env) => (isBound(prefix.root, env) ? read(env) : member(env));
      return read;
    }
    case 'index': {
      const { object, parts } = e;
      return (env) => evaluateIndex(object, parts, env);
    }
    case 'unary': {
      const operand = compile(e.operand);
      if (e.op === '+') return operand;
      const neg = operatorCall(builtin('neg'));
      return (env) => {
        const v = operand(env);
        return isError(v) ? v : neg(v, null);
      };
    }
    case 'binary': {
      const left = compile(e.left);
      const right = compile(e.right);
      const op = operatorCall(builtin(BINARY_FUNCTIONS[e.op]));
      const reflected = isNumberLiteral(e.left) ? REFLECTED_GRAD_FN[e.op] : undefined;
      return (env) => {
        const a = left(env);
        if (isError(a)) return a;
        const b = right(env);
        if (isError(b)) return b;
        const out = op(a, b);
        return reflected !== undefined && isTensor(out) ? relabel(out, reflected) : out;
      };
    }
  }
}

/**
 * A number on the left is Python's reflected operator on the tensor, whose node PyTorch names its own
 * way: `1 - x` is x.__rsub__(1) (RsubBackward1), `2 / x` is x.reciprocal() * 2 (MulBackward0), `2 ** x`
 * is pow(Scalar, Tensor) (PowBackward1).
 */
const REFLECTED_GRAD_FN: Partial<Record<BinaryOp, string>> = { '-': 'RsubBackward1', '/': 'MulBackward0', '**': 'PowBackward1' };

/** A number written in the formula (`1`, `-2.5`): a Python scalar to PyTorch, not a tensor. */
const isNumberLiteral = (e: Expr): boolean => e.type === 'number' || (e.type === 'unary' && e.operand.type === 'number');

function evaluateIndex(object: Expr, parts: readonly IndexPart[], env: Env): CellValue {
  const v = evaluate(object, env);
  if (isError(v)) return v;
  const evaluated: (
    { kind: 'index'; value: CellValue } | { kind: 'slice'; start: CellValue | null; stop: CellValue | null; step: CellValue | null }
  )[] = [];
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

/** A whole formula, compiled: run it for a cell with `runFormula`. */
export type CompiledFormula = Compiled;

/** Compiles a whole formula; the caller keeps the result (a cell does), so it is not cached here. */
export const compileFormula = (e: Expr): CompiledFormula => compile(e);

/** Runs a compiled formula for a cell, turning any failure into the cell's error value. */
export function runFormula(f: CompiledFormula, sheet: string | Env): CellValue {
  try {
    return f(typeof sheet === 'string' ? { sheet, dc: 0, dr: 0, scope: null } : sheet);
  } catch (err) {
    return failureValue(err);
  }
}

/** An exception caught at the evaluator's boundary as a value: a user's OpFailure, or one of our bugs. */
function failureValue(err: unknown): CellError {
  if (err instanceof OpFailure) return err.error;
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return errors.value('formula', 'the computation nests too deeply');
  }
  const message = err instanceof Error ? err.message : String(err);
  return errors.value('internal error', `${message} (this is a bug in Gradsheet; please report it)`);
}
