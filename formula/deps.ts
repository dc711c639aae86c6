// Owns the static reading of a formula: which cells, ranges and names it reads, and whether it
// declares a backward root or reads `.grad`, so the workbook can wire its edges before evaluating;
// and whether it loops, so a recalculation can run it after the cells that are surely quick.

import type { Arg, CellAddress, Expr } from './ast';
import { exhaustive, forEachChild } from './walk';

export interface FormulaDeps {
  cells: CellAddress[];
  ranges: { start: CellAddress; end: CellAddress }[];
  /** Free names (not lambda parameters or let names), lower-cased. */
  names: ReadonlySet<string>;
  declaresBackward: boolean;
  readsGrad: boolean;
  /** Calls `while`, `repeat` or `train`, which may run up to the iteration limit. */
  loops: boolean;
  /** Takes a gradient (grad, backward, the functional API, `.grad`): loops upstream must keep their history. */
  differentiates: boolean;
  /** How many gradients it takes: with more than one, one may differentiate another's result. */
  gradients: number;
}

const LOOPS: ReadonlySet<string> = new Set(['while', 'repeat', 'train']);

/** Calls that run a backward pass, as functions or methods (`torch.autograd.grad(...)` is a method call). */
const DIFFERENTIATES: ReadonlySet<string> = new Set(['grad', 'backward', 'jacobian', 'hessian', 'hvp', 'vhp', 'jvp', 'vjp']);

const NO_NAMES: ReadonlySet<string> = new Set();

/** What `readNode` learns a formula does; it fills this in as it meets each node. */
interface Reading {
  readonly deps: FormulaDeps;
  names: Set<string> | null;
}

function addName(r: Reading, name: string): void {
  r.names ??= new Set();
  r.names.add(name);
}

function differentiate(r: Reading): void {
  r.deps.differentiates = true;
  r.deps.gradients++;
}

/**
 * Walks the AST with an explicit stack (children through walk.ts), tracking which names lambdas and
 * `let` bind. Every cell is wired from this when a workbook opens, so it allocates little: two
 * parallel stacks, and a names set only once a name turns up.
 */
export function formulaDeps(root: Expr): FormulaDeps {
  const r: Reading = {
    deps: {
      cells: [],
      ranges: [],
      names: NO_NAMES,
      declaresBackward: false,
      readsGrad: false,
      loops: false,
      differentiates: false,
      gradients: 0,
    },
    names: null,
  };
  const exprs: Expr[] = [root];
  const bounds: ReadonlySet<string>[] = [NO_NAMES];
  const push = (e: Expr, bound: ReadonlySet<string>): void => {
    exprs.push(e);
    bounds.push(bound);
  };
  while (exprs.length > 0) {
    const e = exprs.pop() as Expr;
    const bound = bounds.pop() as ReadonlySet<string>;
    const inner = readNode(e, bound, r, push);
    if (inner !== null) forEachChild(e, push, inner);
  }
  if (r.names !== null) r.deps.names = r.names;
  return r.deps;
}

/** let(n1, v1, n2, v2, ..., body): each value sees the names bound before it, the body all of them. */
function pushLet(args: readonly Arg[], bound: ReadonlySet<string>, push: Push): void {
  const inner = new Set(bound);
  for (let i = 0; i + 1 < args.length; i += 2) {
    push(args[i + 1].value, new Set(inner));
    const n = args[i].value;
    if (n.type === 'name') inner.add(n.name.toLowerCase());
  }
  if (args.length % 2 === 1) push(args[args.length - 1].value, inner);
}

type Push = (e: Expr, bound: ReadonlySet<string>) => void;

/** Records what one node reads or declares; returns the names bound for its children, or null when it pushed them (let). */
function readNode(e: Expr, bound: ReadonlySet<string>, r: Reading, push: Push): ReadonlySet<string> | null {
  const deps = r.deps;
  switch (e.type) {
    case 'ref':
      deps.cells.push(e.ref);
      return bound;
    case 'range':
      deps.ranges.push({ start: e.start, end: e.end });
      return bound;
    case 'name':
      if (!bound.has(e.name.toLowerCase())) addName(r, e.name.toLowerCase());
      return bound;
    case 'lambda': {
      const inner = new Set(bound);
      e.params.forEach((p) => inner.add(p.toLowerCase()));
      return inner;
    }
    case 'call': {
      const callee = e.callee.type === 'name' ? e.callee.name.toLowerCase() : null;
      if (callee === 'let') {
        pushLet(e.args, bound, push);
        if (!bound.has('let')) addName(r, 'let');
        return null;
      }
      if (callee === 'backward') deps.declaresBackward = true;
      if (callee !== null && DIFFERENTIATES.has(callee)) differentiate(r);
      if (callee !== null && LOOPS.has(callee) && !bound.has(callee)) deps.loops = true;
      return bound;
    }
    case 'method': {
      const name = e.name.toLowerCase();
      if (name === 'backward') deps.declaresBackward = true;
      if (DIFFERENTIATES.has(name)) differentiate(r);
      if (!bound.has(name)) addName(r, name);
      return bound;
    }
    case 'attr':
      if (e.name === 'grad') {
        deps.readsGrad = true;
        differentiate(r);
      }
      return bound;
    case 'number':
    case 'string':
    case 'bool':
    case 'error':
    case 'list':
    case 'tuple':
    case 'assign':
    case 'index':
    case 'unary':
    case 'binary':
      return bound;
  }
  return exhaustive(e);
}
