// Owns the names a formula binds while it evaluates (lambda parameters and `let` names) and the
// environment an expression is evaluated in; plain data, so special forms can bind names without
// importing the evaluator.

import type { CellValue } from '../engine/value';
import type { Origin } from './runtime';

/** Bindings of lambda parameters and `let` names (case-insensitive), innermost first. */
export interface Scope {
  readonly name: string;
  readonly value: CellValue;
  readonly parent: Scope | null;
}

/** Where the formula's references start from (its sheet and offset), and the names bound so far. */
export interface Env extends Origin {
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
