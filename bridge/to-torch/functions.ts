// Owns how a call becomes Python: finding the function (by name, PyTorch prefix or method) and calling
// PyTorch's one-to-one function, or the special translation (special.ts, forms.ts) of one that has none.

import type { Arg, Expr } from '../../formula/ast';
import { lookupEntry } from '../../formula/catalogue';
import type { CatalogueEntry } from '../../formula/functions/spec';
import { modulePrefix } from '../../formula/torch-names';
import { argList, bind } from './args';
import { expr } from './expr';
import { SPECIAL } from './special';
import { type Py, PREC, Translation, at, atom } from './translation';

/** The module path a catalogue entry's PyTorch name calls, when it is one call away. */
function torchPath(spec: CatalogueEntry): string | null {
  return /^torch(\.nn\.functional|\.autograd\.functional)?\.[a-z_0-9]+$/.test(spec.torch) ? spec.torch : null;
}

/**
 * A function named as a value (`jvp(sin, ...)`): PyTorch's own function when it takes tensors one-to-one.
 * A cell holding the function alone gets a lambda with the sheet's parameter names, so it prints as the sheet does.
 */
export function functionValue(t: Translation, lower: string, whole = false): Py | null {
  const spec = lookupEntry(lower);
  if (spec === undefined) return null;
  const path = torchPath(spec);
  if (path === null || Object.hasOwn(SPECIAL, spec.name) || spec.form) return t.fail(`${spec.name} as a value is not translated`);
  if (!whole) return atom(path);
  const params = spec.params.filter((p) => p.default === undefined && !p.variadic).map((p) => p.name);
  if (params.length !== spec.params.length) return atom(path);
  return { s: `lambda ${params.join(', ')}: ${path}(${params.join(', ')})`, p: PREC.lambda };
}

/** Translates a call or method call. */
export function translateCall(t: Translation, e: Expr & { type: 'call' | 'method' }): Py {
  if (e.type === 'method') {
    // `x.grad_fn.name()`: PyTorch's own spelling.
    if (e.name.toLowerCase() === 'name' && e.args.length === 0 && e.object.type === 'attr' && e.object.name.toLowerCase() === 'grad_fn') {
      return atom(`${at(expr(t, e.object.object), PREC.atom)}.grad_fn.name()`);
    }
    const prefix = modulePrefix(e.object);
    if (prefix !== null && t.bound(prefix.root) === undefined && !t.model.names.has(prefix.root.toLowerCase())) {
      return callFunction(t, e.name, e.args);
    }
    return callFunction(t, e.name, [{ name: null, value: e.object }, ...e.args], true);
  }
  const callee = e.callee;
  if (callee.type === 'name' && t.bound(callee.name) === undefined && !t.model.names.has(callee.name.toLowerCase())) {
    return callFunction(t, callee.name, e.args);
  }
  if (callee.type === 'attr') {
    const prefix = modulePrefix(callee.object);
    if (prefix !== null && t.bound(prefix.root) === undefined) return callFunction(t, callee.name, e.args);
  }
  if (e.args.some((a) => a.name !== null)) return t.fail('a call of a function value with keyword arguments is not translated');
  const fn = expr(t, callee);
  return atom(`${at(fn, PREC.atom)}(${e.args.map((a) => expr(t, a.value).s).join(', ')})`);
}

/**
 * Functions a formula may write as methods that PyTorch's Tensor has with the same meaning, so `z.mean()` stays
 * `z.mean()`. Not every one: `c.where(a, b)` is where(c, a, b) in the sheet and where(a, c, b) in PyTorch.
 */
const METHODS = new Set(
  'sum mean prod amax amin argmax argmin cumsum exp log log1p sqrt sin cos tan tanh sigmoid abs neg sign floor ceil square relu flatten squeeze unsqueeze transpose matmul mm mv dot outer pow maximum minimum clamp'.split(
    ' ',
  ),
);

function callFunction(t: Translation, name: string, args: readonly Arg[], asMethod = false): Py {
  const spec = lookupEntry(name);
  if (spec === undefined) return t.fail(`unknown function ${name}`);
  const b = bind(t, spec, args);
  if (b === null) return atom('None');
  const special = SPECIAL[spec.name];
  if (special !== undefined) return special(t, b);
  const path = torchPath(spec);
  if (path === null) return t.fail(`${spec.name} has no one-to-one PyTorch call`);
  const object = b.named.get('input');
  if (asMethod && METHODS.has(spec.name) && object !== undefined) {
    const x = expr(t, object);
    const receiver = x.p < PREC.atom || /^[0-9-]/.test(x.s) ? `(${x.s})` : x.s;
    return atom(`${receiver}.${spec.name}(${argList(t, b, ['input']).join(', ')})`);
  }
  return atom(`${path}(${argList(t, b).join(', ')})`);
}
