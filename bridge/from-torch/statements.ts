// Owns translating the script's top-level statements (SPEC §13): assignments and their tuple unpacking, print,
// backward calls, .grad resets, manual_seed, optimizers, imports and `with torch.no_grad():`; defs and loops
// go to blocks.ts. Each statement is translated whole or left as quoted text.

import { translateDef, translateLoop } from './blocks';
import { modulePath } from './expressions';
import { asText, ref } from './layout';
import type { PyExpr, PyStmt } from './python-ast';
import { makesLeaf, oneLine, type Translator } from './translator';

// json computes nothing a cell holds (a script imports it to print): it is read past like torch and math.
const KNOWN_MODULES = /^(torch|math|json)(\.|$)/;
/** Calls that only set up PyTorch, with nothing to compute. */
const SETUP = new Set(['torch.set_default_dtype', 'torch.set_printoptions', 'torch.set_default_tensor_type']);
const OPTIMIZERS: Readonly<Record<string, string>> = { SGD: 'sgd', Adam: 'adam', AdamW: 'adamw', RMSprop: 'rmsprop', Adagrad: 'adagrad' };

/** Translates one top-level statement (or one inside a `with`). */
export function translateStatement(t: Translator, s: PyStmt): void {
  switch (s.k) {
    case 'comment':
      t.layout.add(asText(s.text), '');
      return;
    case 'pass':
      return;
    case 'import': {
      const other = s.modules.filter((m) => !KNOWN_MODULES.test(m));
      if (other.length > 0) t.leaveUntranslated(s, `only torch, math and json are known, not ${other.join(', ')}`);
      return;
    }
    case 'with':
      return translateWith(t, s);
    case 'def':
      return t.attempt(s, () => translateDef(t, s));
    case 'for':
    case 'while':
      return t.attempt(s, () => translateLoop(t, s));
    case 'assign':
      return t.attempt(s, () => assign(t, s, s.targets, s.value));
    case 'aug': {
      const op = s.op.slice(0, -1);
      if (s.target.k !== 'name') return t.leaveUntranslated(s, 'an augmented assignment to an attribute or item changes a tensor in place');
      return t.attempt(s, () => assign(t, s, [s.target], { k: 'bin', op, l: s.target, r: s.value }));
    }
    case 'expr':
      return t.attempt(s, () => expression(t, s, s.e));
    case 'return':
      return t.leaveUntranslated(s, 'return outside a function');
    case 'other':
      return t.leaveUntranslated(s, s.reason);
  }
}

function translateWith(t: Translator, s: Extract<PyStmt, { k: 'with' }>): void {
  const path = s.ctx.k === 'call' && s.ctx.args.length === 0 ? modulePath(s.ctx.fn, (id) => t.scope.has(id)) : null;
  const mode = path === 'torch.no_grad' ? 'no_grad' : path === 'torch.enable_grad' ? 'enable_grad' : null;
  if (mode === null) {
    // A context too deeply nested to read says so; any other is simply not one of the two.
    const p = t.printer('top');
    p.text(s.ctx);
    const deep = p.failure !== null && p.failure.startsWith('nested deeper');
    return t.leaveUntranslated(s, deep ? p.failure! : 'only with torch.no_grad() and torch.enable_grad() are translated');
  }
  const outer = t.mode;
  t.mode = mode;
  for (const inner of s.body) translateStatement(t, inner);
  t.mode = outer;
}

function assign(t: Translator, s: PyStmt, targets: PyExpr[], value: PyExpr): string | null {
  const label = oneLine(s.source);
  const first = targets[0];
  if (targets.length === 1 && first.k === 'attr') {
    if (first.name === 'grad' && first.obj.k === 'name' && value.k === 'const' && value.text === 'None')
      return resetGrad(t, first.obj.id, 'none', label);
    return `assigning to an attribute (${first.name}) changes a tensor in place, which cells never do`;
  }
  if (targets.some((x) => x.k === 'index')) return 'item assignment changes a tensor in place, which cells never do';
  const optimizer = readOptimizer(t, value);
  if (optimizer !== null) {
    if (typeof optimizer === 'string') return optimizer;
    if (first.k !== 'name' || targets.length !== 1) return 'an optimizer bound to something other than one name';
    t.optimizers.set(first.id, optimizer);
    t.layout.add(
      asText(`optimizer ${optimizer.kind} of ${optimizer.params.join(', ')}: its training loop below becomes train(...)`),
      label,
    );
    return null;
  }
  if (targets.length === 1 && first.k === 'tuple') return unpack(t, first.items, value, label);
  if (!targets.every((x) => x.k === 'name')) return 'only names, or a tuple of names, can be assigned';
  const made = t.emit(value, label);
  if ('failure' in made) return made.failure;
  for (const x of targets) if (x.k === 'name') t.bind(x.id, made.address, makesLeaf(value));
  return null;
}

function unpack(t: Translator, items: PyExpr[], value: PyExpr, label: string): string | null {
  if (!items.every((x) => x.k === 'name')) return 'only a flat tuple of names can be unpacked';
  const made = t.emit(value, label);
  if ('failure' in made) return made.failure;
  items.forEach((x, i) => {
    if (x.k === 'name') t.bind(x.id, t.layout.add(`=${ref(made.address)}[${i}]`, `${x.id}: item ${i} of ${label}`));
  });
  return null;
}

function resetGrad(t: Translator, id: string, to: 'zeros' | 'none', label: string): string | null {
  const b = t.scope.get(id);
  if (b === undefined) return `${id} is not defined here`;
  t.ledger.reset(b.address, to);
  const after = to === 'zeros' ? 'zeros' : 'None';
  t.layout.add(asText(`${id}.grad is ${after} here: later reads count only later backward calls`), label);
  return null;
}

/** `torch.optim.SGD([w, b], lr=0.1)`: the optimizer, why it cannot be read, or null for any other value. */
function readOptimizer(t: Translator, e: PyExpr): { kind: string; params: string[]; kwargs: string[] } | string | null {
  if (e.k !== 'call' || e.fn.k !== 'attr') return null;
  const kind = OPTIMIZERS[e.fn.name];
  const owner = e.fn.obj;
  const isOptim =
    (owner.k === 'attr' && owner.name === 'optim' && owner.obj.k === 'name' && owner.obj.id === 'torch') ||
    (owner.k === 'name' && owner.id === 'optim');
  if (!isOptim) return null;
  if (kind === undefined) return `the optimizer ${e.fn.name} is not translated`;
  const list = e.args[0];
  if (list === undefined || (list.k !== 'list' && list.k !== 'tuple') || !list.items.every((x) => x.k === 'name' && t.scope.has(x.id)))
    return 'an optimizer over anything but a list of variables (model.parameters()) is not translated';
  const p = t.printer('top');
  const kwargs = e.kwargs.map((k) => `${k.name}=${p.text(k.value)}`);
  if (e.args.length > 1) kwargs.unshift(`lr=${p.text(e.args[1])}`);
  if (p.failure !== null) return p.failure;
  return { kind, params: list.items.map((x) => (x.k === 'name' ? x.id : '')), kwargs };
}

function expression(t: Translator, s: PyStmt, e: PyExpr): string | null {
  const label = oneLine(s.source);
  if (e.k === 'str' || e.k === 'fstr') return null;
  if (e.k !== 'call') return emitOnly(t, e, label);
  const path = modulePath(e.fn, (id) => t.scope.has(id));
  if (path !== null && SETUP.has(path)) return null;
  if (path === 'torch.manual_seed') return manualSeed(t, e, label);
  if (path === 'torch.autograd.backward') return backward(t, e.args[0] ?? e.kwargs.find((k) => k.name === 'tensors')?.value, e, 1, label);
  if (e.fn.k === 'name' && e.fn.id === 'print' && !t.scope.has('print')) return print(t, e.args, label);
  if (e.fn.k !== 'attr') return emitOnly(t, e, label);
  const { obj, name } = e.fn;
  if (name === 'backward') return backward(t, obj, e, 0, label);
  if (name === 'zero_' && obj.k === 'attr' && obj.name === 'grad' && obj.obj.k === 'name') return resetGrad(t, obj.obj.id, 'zeros', label);
  if (obj.k === 'name' && t.optimizers.has(obj.id)) {
    if (name !== 'zero_grad') return `opt.${name}() outside a training loop is not translated`;
    for (const p of t.optimizers.get(obj.id)!.params) {
      const failure = resetGrad(t, p, 'none', label);
      if (failure !== null) return failure;
    }
    return null;
  }
  if (name === 'requires_grad_' && obj.k === 'name') return assign(t, s, [obj], e);
  return emitOnly(t, e, label);
}

function emitOnly(t: Translator, e: PyExpr, label: string): string | null {
  const made = t.emit(e, label);
  return 'failure' in made ? made.failure : null;
}

function manualSeed(t: Translator, e: Extract<PyExpr, { k: 'call' }>, label: string): string | null {
  const p = t.printer('top');
  const seed = e.args.length === 1 ? p.text(e.args[0]) : null;
  if (seed === null || p.failure !== null) return p.failure ?? 'manual_seed takes one seed';
  t.random = { seed, last: null };
  t.layout.add(asText(`torch.manual_seed(${seed}): the next draw gets seed=${seed}, later ones continue it with after=`), label);
  return null;
}

function backward(t: Translator, root: PyExpr | undefined, e: Extract<PyExpr, { k: 'call' }>, at: number, label: string): string | null {
  if (root === undefined) return 'backward of nothing';
  if (e.kwargs.some((k) => k.name === 'inputs')) return 'backward(inputs=...) is not translated';
  const v = e.args[at] ?? e.kwargs.find((k) => k.name === 'gradient' || k.name === 'grad_tensors')?.value;
  const p = t.printer('top');
  const rootText = p.text(root);
  const upstream = v === undefined || (v.k === 'const' && v.text === 'None') ? null : p.text(v);
  if (p.failure !== null) return p.failure;
  const address = t.cell(`backward(${[rootText, ...(upstream === null ? [] : [upstream])].join(', ')})`, label);
  t.ledger.backward(address, rootText, upstream);
  return null;
}

function print(t: Translator, args: PyExpr[], label: string): string | null {
  for (const a of args) {
    if (a.k === 'str' || a.k === 'fstr') continue;
    const made = t.emit(a, label);
    if ('failure' in made) return made.failure;
  }
  return null;
}
