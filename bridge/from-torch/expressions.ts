// Owns re-printing a Python expression as formula text (SPEC §10 accepts PyTorch's spellings): each variable
// becomes what the scope says (a cell placeholder, a lambda parameter), `x.grad` and random draws go to the
// scope's hooks, and `torch.autograd.grad(...)[0]` loses its `[0]`. The first thing outside the subset is
// kept as `failure` (the printed text is then meaningless), so printing itself never throws.

import { ATTRIBUTES } from '../../formula/attribute-names';
import { lookupEntry } from '../../formula/catalogue';
import { CONSTANTS, DTYPES, isModulePath } from '../../formula/torch-names';
import { MARK } from './layout';
import { formulaString } from './literals';
import { exportedHelperCall, seededDraw } from './exported';
import type { Keyword, PyExpr } from './python-ast';

/** What a printer asks of the statement being translated. */
export interface ScopeHooks {
  /** A script variable as formula text, or null when it is not bound. */
  variable(id: string): string | null;
  /** `x.grad` read here, as formula text; a string starting with "!" is why it cannot be. */
  grad(id: string): string;
  /** A random draw `fn(args)`: the text standing for it, with seed= or after= as PyTorch's generator needs ("!why" if not). */
  draw(fn: string, args: string[], top: boolean): string;
  /** Why calling the script function `id` here would not read what Python reads (its globals changed), or null. */
  stale?(id: string, isLocal: (id: string) => boolean): string | null;
}

export const DRAWS = new Set(['rand', 'randn', 'randint', 'randperm', 'rand_like', 'randn_like']);
const ROOTS = new Set(['torch', 'F', 'nn', 'math']);
const BINARY: Readonly<Record<string, number>> = { '+': 2, '-': 2, '*': 3, '/': 3, '@': 3, '**': 5 };
const COMPARE = new Set(['==', '!=', '<', '<=', '>', '>=']);

interface Printed {
  text: string;
  prec: number;
}

const atom = (text: string): Printed => ({ text, prec: 6 });

/** The dotted path of `torch.nn.functional.relu`-like chains rooted at a module, or null. */
export function modulePath(e: PyExpr, bound: (id: string) => boolean): string | null {
  const parts: string[] = [];
  let at = e;
  while (at.k === 'attr') {
    parts.push(at.name);
    at = at.obj;
  }
  if (at.k !== 'name' || !ROOTS.has(at.id) || bound(at.id)) return null;
  parts.push(at.id);
  return parts.reverse().join('.');
}

/** Prints expressions against one scope; lambda parameters and let names are pushed as locals. */
export class Printer {
  failure: string | null = null;
  private readonly locals: Map<string, string>[] = [];
  private localGrad: ((id: string) => string) | null = null;
  /** Defs printed again as locals (a loop's let pairs), with the globals each reads; and those a later rebinding made stale. */
  private readonly redefs = new Map<string, ReadonlySet<string>>();
  private readonly staleLocals = new Map<string, string>();
  /** The script variables read through the scope (not as locals): what a def's lambda captures. */
  readonly globalsRead = new Set<string>();

  constructor(
    private readonly hooks: ScopeHooks,
    private readonly localName: (id: string) => string,
  ) {}

  fail(reason: string): Printed {
    this.failure ??= reason;
    return atom('0');
  }

  /** Runs `fn` with `ids` bound as locals (lambda parameters, let names); returns their formula names too. */
  withLocals<T>(ids: readonly string[], fn: (names: string[]) => T): T {
    const names = ids.map((id) => this.localName(id));
    this.locals.push(new Map(ids.map((id, i) => [id, names[i]])));
    try {
      return fn(names);
    } finally {
      this.locals.pop();
    }
  }

  /** Runs `fn` with `.grad` reads answered by `grad` (a loop body's own backward calls) instead of the scope. */
  withGrad<T>(grad: (id: string) => string, fn: () => T): T {
    const outer = this.localGrad;
    this.localGrad = grad;
    try {
      return fn();
    } finally {
      this.localGrad = outer;
    }
  }

  /** Binds one more local in the innermost frame (a let name assigned in a body). */
  bindLocal(id: string): string {
    const name = this.localName(id);
    this.locals[this.locals.length - 1]?.set(id, name);
    return name;
  }

  /** Notes that the local `fn` is a def printed again here, reading `globals`. */
  redefined(fn: string, globals: ReadonlySet<string>): void {
    this.redefs.set(fn, globals);
  }

  /** The body rebinds `id`: a redefined def reading it would now read the start-of-iteration value. */
  invalidate(id: string): void {
    for (const [fn, globals] of this.redefs)
      if (globals.has(id) && !this.staleLocals.has(fn))
        this.staleLocals.set(fn, `${fn} would read ${id} as it was when the iteration began, where Python reads it when ${fn} is called`);
  }

  isLocal(id: string): boolean {
    return this.locals.some((m) => m.has(id));
  }

  isBound(id: string): boolean {
    return this.locals.some((m) => m.has(id)) || this.hooks.variable(id) !== null;
  }

  /** The whole value of a statement: a draw here keeps its keywords in place instead of a cell of its own. */
  top(e: PyExpr): string {
    return this.print(e, true).text;
  }

  text(e: PyExpr): string {
    return this.print(e).text;
  }

  private opt(e: PyExpr | null): string {
    return e === null ? '' : this.text(e);
  }

  private sub(e: PyExpr, min: number): string {
    const p = this.print(e);
    return p.prec >= min ? p.text : `(${p.text})`;
  }

  // size: one case per node kind, each a line or two, read best as one table.
  private print(e: PyExpr, top = false): Printed {
    switch (e.k) {
      case 'name':
        return this.name(e.id);
      case 'num':
        return atom(e.text);
      case 'str':
        return atom(formulaString(e.value.split(MARK).join('')));
      case 'fstr':
        return this.fail('f-strings have no formula spelling');
      case 'const':
        return atom(e.text);
      case 'attr':
        return this.attribute(e.obj, e.name);
      case 'call':
        return this.call(e.fn, e.args, e.kwargs, top);
      case 'index':
        return this.index(e.obj, e.items);
      case 'slice':
        return atom(`${this.opt(e.lo)}:${this.opt(e.hi)}${e.step === null ? '' : `:${this.text(e.step)}`}`);
      case 'bin':
        return this.binary(e.op, e.l, e.r);
      case 'unary':
        if (e.op !== '-' && e.op !== '+') return this.fail(`the operator ${e.op} has no formula spelling`);
        return { text: `${e.op}${this.sub(e.e, 4)}`, prec: 4 };
      case 'cond':
        return atom(`if(${this.text(e.test)}, ${this.text(e.then)}, ${this.text(e.else)})`);
      case 'tuple':
        return atom(e.items.length === 1 ? `(${this.text(e.items[0])},)` : `(${e.items.map((i) => this.text(i)).join(', ')})`);
      case 'list':
        return atom(`[${e.items.map((i) => this.text(i)).join(', ')}]`);
      case 'lambda':
        return {
          text: this.withLocals(e.params, (names) => `${names.length === 1 ? names[0] : `(${names.join(', ')})`} => ${this.text(e.body)}`),
          prec: 0,
        };
      case 'bad':
        return this.fail(e.reason);
    }
  }

  private name(id: string): Printed {
    for (let i = this.locals.length - 1; i >= 0; i--) {
      const local = this.locals[i].get(id);
      if (local !== undefined) return atom(local);
    }
    const v = this.hooks.variable(id);
    if (v !== null) {
      this.globalsRead.add(id);
      return atom(v);
    }
    if (id === 'True' || id === 'False' || id === 'None') return atom(id);
    return this.fail(`${id} is not defined here`);
  }

  private binary(op: string, l: PyExpr, r: PyExpr): Printed {
    if (COMPARE.has(op)) {
      if ((l.k === 'bin' && COMPARE.has(l.op)) || (r.k === 'bin' && COMPARE.has(r.op)))
        return this.fail('chained comparisons are not translated');
      return { text: `${this.sub(l, 2)} ${op} ${this.sub(r, 2)}`, prec: 1 };
    }
    const prec = BINARY[op];
    if (prec === undefined) return this.fail(`the operator ${op} has no formula spelling`);
    if (prec === 5) return { text: `${this.sub(l, 6)} ** ${this.sub(r, 4)}`, prec };
    return { text: `${this.sub(l, prec)} ${op} ${this.sub(r, prec + 1)}`, prec };
  }

  private attribute(obj: PyExpr, name: string): Printed {
    const path = modulePath({ k: 'attr', obj, name }, (id) => this.isBound(id));
    if (path !== null) {
      const module = path.slice(0, path.lastIndexOf('.'));
      if (isModulePath(module) && (name in CONSTANTS || (module === 'torch' && name in DTYPES))) return atom(path);
      // A function named as a value (`jvp(torch.sin, x, v)`): the sheet reads the same spelling as the built-in.
      if (isModulePath(module) && lookupEntry(name)?.form !== true && lookupEntry(name) !== undefined && !name.endsWith('_'))
        return atom(path);
      return this.fail(`${path} is not translated`);
    }
    if (name === 'grad') {
      if (obj.k !== 'name' || !this.isBound(obj.id)) return this.fail('.grad of an expression is not translated');
      const g = this.localGrad === null ? this.hooks.grad(obj.id) : this.localGrad(obj.id);
      return g.startsWith('!') ? this.fail(g.slice(1)) : atom(g);
    }
    const known =
      (ATTRIBUTES as readonly string[]).includes(name) || (name === 'next_functions' && obj.k === 'attr' && obj.name === 'grad_fn');
    if (!known) return this.fail(`the attribute .${name} is not translated`);
    return atom(`${this.sub(obj, 6)}.${name}`);
  }

  private index(obj: PyExpr, items: PyExpr[]): Printed {
    const isGrad = obj.k === 'call' && modulePath(obj.fn, (id) => this.isBound(id)) === 'torch.autograd.grad';
    // torch.autograd.grad returns a one-element tuple; the formula's grad is the tensor itself (SPEC §10).
    if (isGrad && items.length === 1 && items[0].k === 'num' && items[0].text === '0') return this.print(obj);
    return atom(`${this.sub(obj, 6)}[${items.map((i) => this.text(i)).join(', ')}]`);
  }

  /** What exported.ts reads a Gradsheet helper call with. */
  private readonly lent = { text: (e: PyExpr): string => this.text(e), fail: (reason: string): string => this.fail(reason).text };

  private args(args: PyExpr[], kwargs: Keyword[]): string[] {
    // The sheet computes on the CPU: `device=` says nothing it needs, so it is left out.
    const kept = kwargs.filter((k) => k.name !== 'device');
    return [...args.map((a) => this.text(a)), ...kept.map((k) => `${k.name}=${this.text(k.value)}`)];
  }

  private call(fn: PyExpr, args: PyExpr[], kwargs: Keyword[], top: boolean): Printed {
    const path = modulePath(fn, (id) => this.isBound(id));
    // PyTorch 2's torch.linalg.vector_norm(x, ord, dim, keepdim) is the sheet's norm(x, p, dim, keepdim).
    if (path === 'torch.linalg.vector_norm')
      return atom(
        `torch.norm(${this.args(
          args,
          kwargs.map((k) => (k.name === 'ord' ? { ...k, name: 'p' } : k)),
        ).join(', ')})`,
      );
    if (path !== null) {
      const member = path.slice(path.lastIndexOf('.') + 1);
      const module = path.slice(0, path.lastIndexOf('.'));
      if (!isModulePath(module) || lookupEntry(member) === undefined) return this.fail(`${path} is not translated`);
      if (member.endsWith('_')) return this.fail(`${path} changes a tensor in place, which cells never do`);
      if (DRAWS.has(member)) {
        const seeded = seededDraw(kwargs, this.lent);
        if (seeded !== null) return atom(`${path}(${[...this.args(args, seeded.rest), `seed=${seeded.seed}`].join(', ')})`);
        if (kwargs.some((k) => k.name === 'generator' || k.name === 'seed' || k.name === 'after'))
          return this.fail('a draw with its own generator is not translated');
        const d = this.hooks.draw(path, this.args(args, kwargs), top);
        return d.startsWith('!') ? this.fail(d.slice(1)) : atom(d);
      }
      return atom(`${path}(${this.args(args, kwargs).join(', ')})`);
    }
    if (fn.k === 'name') {
      if (fn.id === 'print') return this.fail('print inside an expression is not translated');
      const helper = this.isBound(fn.id) ? null : exportedHelperCall(fn.id, args, kwargs, this.lent);
      if (helper !== null) return atom(helper);
      if (!this.isBound(fn.id) && lookupEntry(fn.id) === undefined) return this.fail(`the function ${fn.id} is not translated`);
      const stale = this.isLocal(fn.id)
        ? (this.staleLocals.get(fn.id) ?? null)
        : (this.hooks.stale?.(fn.id, (id) => this.isLocal(id)) ?? null);
      if (stale !== null) return this.fail(stale);
      const callee = this.isBound(fn.id) ? this.name(fn.id).text : fn.id;
      return atom(`${callee}(${this.args(args, kwargs).join(', ')})`);
    }
    if (fn.k === 'attr') {
      if (fn.name === 'backward') return this.fail('backward inside an expression is not translated');
      if (fn.name.endsWith('_') && fn.name !== 'requires_grad_')
        return this.fail(`${fn.name} changes a tensor in place, which cells never do`);
      const gradFnName = fn.name === 'name' && fn.obj.k === 'attr' && fn.obj.name === 'grad_fn';
      if (DRAWS.has(fn.name) || (lookupEntry(fn.name) === undefined && !gradFnName))
        return this.fail(`the method .${fn.name}() is not translated`);
      return atom(`${this.sub(fn.obj, 6)}.${fn.name}(${this.args(args, kwargs).join(', ')})`);
    }
    return atom(`${this.sub(fn, 6)}(${this.args(args, kwargs).join(', ')})`);
  }
}
