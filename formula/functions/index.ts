// Owns FUNCTIONS, the explicit list of every sheet function: the evaluator, argument checking,
// autocomplete and the function reference all read it.

import { clip_grad_norm } from './clip_grad_norm';
import { clip_grad_value } from './clip_grad_value';
import { customgrad } from './customgrad';
import { detach } from './detach';
import { gradfn } from './gradfn';
import { hessian } from './hessian';
import { hvp } from './hvp';
import { jacobian } from './jacobian';
import { jvp } from './jvp';
import { repeat } from './repeat';
import { requires_grad_ } from './requires_grad_';
import { tuple } from './tuple';
import type { FunctionDef } from './types';
import { vhp } from './vhp';
import { vjp } from './vjp';
import { while_ } from './while';
import { SPECIAL_FORMS } from '../special-forms/index';
import { ELEMENTWISE_FUNCTIONS } from './group-elementwise';
import { REDUCE_FUNCTIONS } from './group-reduce';
import { SHAPE_FUNCTIONS } from './group-shape';

const AUTOGRAD_FUNCTIONS: readonly FunctionDef[] = [
  detach, requires_grad_, gradfn, clip_grad_norm, clip_grad_value, customgrad, jacobian, hessian, vjp, jvp, hvp, vhp,
];

const CONTROL_FUNCTIONS: readonly FunctionDef[] = [while_, repeat, tuple];

export const FUNCTIONS: readonly FunctionDef[] = [
  ...SPECIAL_FORMS, ...AUTOGRAD_FUNCTIONS, ...CONTROL_FUNCTIONS,
  ...ELEMENTWISE_FUNCTIONS, ...REDUCE_FUNCTIONS, ...SHAPE_FUNCTIONS,
];

let byName: Map<string, FunctionDef> | null = null;

/** Every function's name, as the registry spells it. */
export const functionNames = (): string[] => FUNCTIONS.map((f) => f.name);

/** The function a user's name means, case-insensitively; undefined for an unknown name. */
export function lookupFunction(name: string): FunctionDef | undefined {
  byName ??= new Map(FUNCTIONS.map((f) => [f.name.toLowerCase(), f]));
  return byName.get(name.toLowerCase());
}
