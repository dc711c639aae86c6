// Owns what a special form is: a registry entry with a `run` hook, handed its arguments bound to its
// parameters but not evaluated, and the context it evaluates them in. The evaluator passes itself in
// through the context, so a form (and the registry that lists it) never imports the evaluator.

import { errors } from '../../engine/errors';
import type { CellValue } from '../../engine/value';
import type { FunctionDef } from '../functions/types';
import type { Expr } from '../ast';
import type { Env } from '../scope';

/** A call argument whose expression is still to evaluate, or whose value is already known (a method's receiver). */
export type CallArg = { readonly name: string | null } & ({ readonly expr: Expr } | { readonly value: CellValue });

/** A special form's arguments after the arity and keyword checks every call gets (functions/coerce.ts). */
export interface FormArgs {
  /**
   * One argument per parameter, `params` then `kwargs` in declared order: null when omitted, and for a
   * variadic one. A parameter without a default is never null (binding refused the call).
   */
  readonly given: readonly (CallArg | null)[];
  /** The arguments a variadic last parameter took, in order. */
  readonly rest: readonly CallArg[];
}

/** What a special form may ask of the evaluator. */
export interface FormContext {
  /** Where the form is called: the formula's origin and the names bound there. */
  readonly env: Env;
  /** Evaluates an argument where the form is called, or in `env` (a `let` body sees its names). */
  value(arg: CallArg, env?: Env): CellValue;
}

/** A special form's hook: it decides which arguments to evaluate, when and in what scope. */
export type FormRun = (args: FormArgs, ctx: FormContext) => CellValue;

/** A special form as its file declares it: a registry entry whose `run` replaces `lower`. */
export type SpecialFormSpec = Omit<FunctionDef, 'lower' | 'run' | 'form'> & { readonly run: FormRun };

/**
 * The registry entry of a special form. Its `lower` answers only a call through a function value,
 * which the evaluator never makes (a form's name does not evaluate to a function): a guard, not a path.
 */
export function specialForm(spec: SpecialFormSpec): FunctionDef {
  return {
    ...spec,
    form: true,
    lower: () => errors.value(spec.name, 'is a special form: call it directly, it cannot be passed as a function'),
  };
}
