// Owns the special forms and the autograd calls: grad (torch.autograd.grad with create_graph, as the
// sheet's gradients are differentiable), no_grad / enable_grad, if, let, tuple and backward's root.

import type { Expr } from '../../formula/ast';
import { arg, type Bound } from './args';
import { modulePrefix } from '../../formula/torch-names';
import { expr } from './expr';
import type { Special } from './special';
import { type Py, PREC, Translation, at, atom } from './translation';

/** What `grad(y, x, ...)` differentiates with respect to: a cell, a range or a name; else why not. */
function gradTarget(t: Translation, x: Expr): string | null {
  if (x.type === 'name' && t.bound(x.name) !== undefined) {
    t.watch(x.name);
    return t.bound(x.name)!;
  }
  if (x.type !== 'ref' && x.type !== 'range' && x.type !== 'name') return null;
  t.lastRead = null;
  const text = expr(t, x).s;
  if (t.lastRead !== null) t.gradTargets.add(t.lastRead);
  return text;
}

/**
 * `grad(y, x, v)`: `torch.autograd.grad(y, x, v, retain_graph=True, create_graph=True)[0]` when the sheet asks
 * `create_graph=true`, else `gs_grad(y, x, v)`, the same call shown as PyTorch's default shows a gradient (SPEC §5,
 * §10): the helper says in the script what the sheet means, and a script read back gives `grad(...)` again.
 */
function grad(t: Translation, b: Bound): Py {
  const y = arg(t, b, 'y');
  const xe = b.named.get('x');
  if (y === undefined || xe === undefined) return t.fail('grad needs y and x');
  const x = gradTarget(t, xe);
  if (x === null) return t.fail('grad with respect to an expression (not a cell, range, name or parameter) is not translated');
  const v = arg(t, b, 'v');
  const create = b.named.get('create_graph');
  const outputs = v === undefined ? '' : `, ${v}`;
  if (create !== undefined && create.type === 'bool' && create.value)
    return atom(`torch.autograd.grad(${y}, ${x}${outputs}, retain_graph=True, create_graph=True)[0]`);
  t.showsGradient = true;
  return atom(`${t.use('gs_grad')}(${y}, ${x}${outputs})`);
}

/** `no_grad(expr)`: the expression under torch.no_grad(); a function it gives runs under no_grad too (the decorator). */
const mode =
  (helper: string): Special =>
  (t, b) => {
    const e = b.named.get('expr');
    if (e === undefined) return t.fail(`${b.spec.name} needs an expression`);
    return atom(`${t.use(helper)}(lambda: ${expr(t, e).s})`);
  };

function ifForm(t: Translation, b: Bound): Py {
  const [c, a, e] = ['cond', 'then', 'else'].map((n) => b.named.get(n));
  if (c === undefined || a === undefined) return t.fail('if needs a condition and a value');
  const cond = expr(t, c);
  // Without an else the sheet's if is empty when the condition fails: None, which prints as an empty cell.
  const otherwise = e === undefined ? 'None' : at(expr(t, e), PREC.cond);
  return { s: `${at(expr(t, a), PREC.cond + 1)} if ${at(cond, PREC.cond + 1)} else ${otherwise}`, p: PREC.cond };
}

/** `let(a, 1, b, a + 1, body)`: nested Python lambdas called at once, so each name sees the ones before it. */
function letForm(t: Translation, b: Bound): Py {
  const all = [b.named.get('name1'), b.named.get('value1'), ...b.rest].filter((e): e is Expr => e !== undefined);
  if (all.length < 3 || all.length % 2 === 0) return t.fail('let needs name, value pairs and a body');
  const body = all[all.length - 1];
  const pairs: [string, Expr][] = [];
  for (let i = 0; i + 1 < all.length; i += 2) {
    const n = all[i];
    if (n.type !== 'name') return t.fail('let names must be plain names');
    pairs.push([n.name, all[i + 1]]);
  }
  return nest(t, pairs, body);
}

function nest(t: Translation, pairs: readonly [string, Expr][], body: Expr): Py {
  if (pairs.length === 0) return expr(t, body);
  const [[name, value], ...more] = pairs;
  const bound = expr(t, value);
  const { spelt, text, watched } = t.within([name], () => nest(t, more, body));
  return atom(`(lambda ${spelt[0]}: ${text.s})(${watched.length > 0 ? `${t.use('gs_watch')}(${bound.s})` : bound.s})`);
}

function tuple(t: Translation, b: Bound): Py {
  const items = b.rest.map((e) => expr(t, e).s);
  return atom(items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`);
}

/** A backward root: the cell shows y itself; its (y, v) joins the roots every `x.grad` sums over. */
export function backwardRoot(t: Translation, e: Expr): { y: Py; v: string } | null {
  // `y.backward(v)` is backward(y, v), as every method is.
  if (e.type === 'method' && e.name.toLowerCase() === 'backward' && modulePrefix(e.object) === null) {
    return backwardRoot(t, {
      ...e,
      type: 'call',
      callee: { ...e, type: 'name', name: 'backward' },
      args: [{ name: null, value: e.object }, ...e.args],
    });
  }
  const named = e.type === 'call' && e.callee.type === 'name' && e.callee.name.toLowerCase() === 'backward';
  if (!named) return null;
  const yArg = e.args.find((a) => a.name === null || ['y', 'tensor', 'tensors'].includes(a.name.toLowerCase()));
  if (yArg === undefined) return { y: t.fail('backward needs y'), v: 'None' };
  const vArg = e.args.find((a, i) => (a.name === null && i > 0) || ['v', 'gradient', 'grad_tensors'].includes(a.name?.toLowerCase() ?? ''));
  const y = expr(t, yArg.value);
  const v = vArg === undefined ? 'None' : expr(t, vArg.value).s;
  // The cell shows y; gs_backward says so in the script (and reads back as backward(y, v)).
  return { y: atom(`${t.use('gs_backward')}(${y.s}${v === 'None' ? '' : `, ${v}`})`), v };
}

export const FORMS: Readonly<Record<string, Special>> = {
  grad,
  backward: (t) => t.fail('backward inside an expression is not translated (a backward cell holds the call alone)'),
  no_grad: mode('gs_no_grad'),
  enable_grad: mode('gs_enable_grad'),
  if: ifForm,
  let: letForm,
  tuple,
};
