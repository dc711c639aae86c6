// Owns calls: of built-ins (binding and checking arguments through the registry), of special forms
// (bound the same way, then run on unevaluated arguments), of function values (lambdas, named lambda
// cells, built-ins passed around) and of methods (`x.f(a)` is `f(x, a)`).
//
// The evaluation core is one recursion between two modules: evaluate.ts compiles a node and, for a
// call, asks this module; this module evaluates the arguments by calling back into evaluate.ts, and a
// special form does so through the FormContext it is handed. Nothing else imports the evaluator: the
// registry and the special forms only see values and that context (docs/ARCHITECTURE.md).

import { type CellError, errors, isError } from '../engine/errors';
import { OpFailure } from '../engine/op';
import { type CellValue, type FunctionValue, tuple } from '../engine/value';
import type { Arg, Expr } from './ast';
import { evaluate, knownNames } from './evaluate';
import { inPlaceError, isInPlaceName } from './in-place';
import { nearestWords } from './suggest';
import { type ArgValue, bindArgs, bindForm, keywordParam, positionalParam } from './functions/coerce';
import { lookupFunction } from './functions/index';
import type { CallContext, Coerced, FunctionDef } from './functions/types';
import { type Tensor, isTensor } from '../engine/tensor';
import { type Runtime, runtime } from './runtime';
import { type Env, lookupScope } from './scope';
import type { CallArg, FormContext } from './special-forms/special-form';

// One context per cell evaluation; a loop body calls built-ins millions of times, so keep the last one.
let lastRuntime: Runtime | null = null;
let lastContext: CallContext | null = null;

function context(): CallContext {
  const rt = runtime();
  if (rt !== lastRuntime || lastContext === null) {
    lastRuntime = rt;
    lastContext = { cell: rt.cell, random: () => rt.random(), callFunction: (fn, args) => fn.call(args) };
  }
  return lastContext;
}

/**
 * The keyword defaults of a function whose positional parameters are all plain tensors, or null:
 * calls of such functions on tensors (every operator) skip generic binding, the hot path of loops.
 */
const tensorOnly = new WeakMap<FunctionDef, { kwargs: Record<string, Coerced> } | null>();

function fastPath(def: FunctionDef): { kwargs: Record<string, Coerced> } | null {
  let fast = tensorOnly.get(def);
  if (fast === undefined) {
    const plain = def.params.every((p) => p.kind === 'tensor' && p.default === undefined && !p.variadic);
    const kwargs: Record<string, Coerced> = {};
    for (const k of def.kwargs ?? []) kwargs[k.name] = (k.default ?? null) as Coerced;
    fast = plain && (def.kwargs ?? []).every((k) => k.default !== undefined) ? { kwargs } : null;
    tensorOnly.set(def, fast);
  }
  return fast;
}

/** Checks and converts the arguments, then runs the built-in; a failure inside becomes its error value. */
export function callFunctionDef(def: FunctionDef, args: readonly ArgValue[]): CellValue {
  let positional: Coerced[];
  let kwargs: Record<string, Coerced>;
  const fast = fastPath(def);
  if (fast !== null && args.length === def.params.length && args.every((a) => a.name === null && isTensor(a.value))) {
    positional = args.map((a) => a.value as Tensor);
    kwargs = fast.kwargs;
  } else {
    const bound = bindArgs(def, args);
    if (isError(bound)) return bound;
    positional = bound.args;
    kwargs = bound.kwargs;
  }
  try {
    return def.lower(positional, kwargs, context());
  } catch (err) {
    if (err instanceof OpFailure) return err.error;
    throw err;
  }
}

/**
 * An operator's built-in as a function of one or two values (`b` null for a unary one): the
 * plain-tensor case goes straight to `lower`, everything else through the generic path that checks
 * and converts. Made once per operator in a compiled formula.
 */
export function operatorCall(def: FunctionDef): (a: CellValue, b: CellValue | null) => CellValue {
  const fast = fastPath(def);
  return (a, b) => {
    const n = b === null ? 1 : 2;
    if (fast !== null && def.params.length === n && isTensor(a) && (b === null || isTensor(b))) {
      try {
        return def.lower(b === null ? [a] : [a, b], fast.kwargs, context());
      } catch (err) {
        if (err instanceof OpFailure) return err.error;
        throw err;
      }
    }
    return callFunctionDef(
      def,
      b === null
        ? [{ name: null, value: a }]
        : [
            { name: null, value: a },
            { name: null, value: b },
          ],
    );
  };
}

/** Evaluates arguments for a built-in: a list literal given for a `tensors` parameter keeps its items apart. */
function evaluateArgs(def: FunctionDef | null, args: readonly CallArg[], env: Env): ArgValue[] {
  let positional = 0;
  return args.map((a) => {
    if ('value' in a) {
      if (a.name === null) positional++;
      return { name: a.name, value: a.value };
    }
    const spec = def === null ? undefined : a.name !== null ? keywordParam(def, a.name) : positionalParam(def, positional);
    if (a.name === null) positional++;
    if (spec?.kind === 'tensors' && a.expr.type === 'list') {
      const items = a.expr.items.map((item) => evaluate(item, env));
      return { name: a.name, value: tuple(items), items };
    }
    return { name: a.name, value: evaluate(a.expr, env) };
  });
}

/** Calls a function value: a built-in keeps its keyword arguments; a lambda takes positional ones. */
function callValue(fn: CellValue, args: readonly CallArg[], env: Env, what: string): CellValue {
  if (isError(fn)) return fn;
  if (fn.kind !== 'function') return errors.value(what, `is ${fn.kind === 'empty' ? 'an empty cell' : `a ${fn.kind}`}, not a function`);
  const def = fn.name === null ? null : (lookupFunction(fn.name) ?? null);
  const values = evaluateArgs(def, args, env);
  if (def !== null) return callFunctionDef(def, values);
  const kw = values.find((v) => v.name !== null);
  if (kw) return errors.value(what, `a lambda takes no keyword arguments (got "${kw.name}")`);
  for (const v of values) if (isError(v.value)) return v.value;
  return (fn as FunctionValue).call(values.map((v) => v.value));
}

/** `name(args)`: a bound function value (parameter, let name, workbook name) first, then a built-in. */
export function callNamed(name: string, args: readonly CallArg[], env: Env): CellValue {
  const bound = lookupScope(env.scope, name) ?? runtime().readName(name);
  if (bound !== undefined) return callValue(bound, args, env, name);
  const def = lookupFunction(name);
  if (!def && isInPlaceName(name)) return inPlaceCall(name, args, env);
  if (!def) return errors.unknownFunction(name, nearestWords(name, knownNames(env.scope)));
  if (def.run) {
    const bound = bindForm(def, args);
    return isError(bound) ? bound : def.run(bound, formContext(env));
  }
  return callFunctionDef(def, evaluateArgs(def, args, env));
}

const argValue = (a: CallArg, env: Env): CellValue => ('value' in a ? a.value : evaluate(a.expr, env));

/** The evaluator as a special form sees it: where it is called, and evaluation of its arguments. */
const formContext = (env: Env): FormContext => ({ env, value: (a, at = env) => argValue(a, at) });

/** `sin_(x, ...)`: the in-place function spelling, answered as the method spelling is. */
function inPlaceCall(name: string, args: readonly CallArg[], env: Env): CellValue {
  const written: Arg[] = [];
  for (const a of args) if ('expr' in a) written.push({ name: a.name, value: a.expr });
  const [self, ...rest] = written;
  const value = self ? evaluate(self.value, env) : null;
  if (value !== null && isError(value)) return value;
  return inPlaceError(name, self?.value ?? null, rest, value);
}

export function callExpr(callee: Expr, args: readonly Arg[], env: Env): CellValue {
  const callArgs = args.map((a) => ({ name: a.name, expr: a.value }));
  if (callee.type === 'name') return callNamed(callee.name, callArgs, env);
  const label = callee.type === 'ref' ? 'reference' : 'expression';
  return callValue(evaluate(callee, env), callArgs, env, label);
}

/** `x.f(args)` is `f(x, args)` for any built-in f. */
export function methodCall(object: Expr, name: string, args: readonly Arg[], env: Env): CellValue | CellError {
  if (isInPlaceName(name) && !lookupFunction(name)) {
    const self = evaluate(object, env);
    return isError(self) ? self : inPlaceError(name, object, args, self);
  }
  return callNamed(name, [{ name: null, expr: object }, ...args.map((a) => ({ name: a.name, expr: a.value }))], env);
}
