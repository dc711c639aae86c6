// Owns the static reading of a formula: which cells, ranges and names it reads, and whether it
// declares a backward root or reads `.grad`, so the workbook can wire its edges before evaluating;
// and whether it loops, so a recalculation can run it after the cells that are surely quick.

import type { CellAddress, Expr } from './ast';

export interface FormulaDeps {
  cells: CellAddress[];
  ranges: { start: CellAddress; end: CellAddress }[];
  /** Free names (not lambda parameters or let names), lower-cased. */
  names: ReadonlySet<string>;
  declaresBackward: boolean;
  readsGrad: boolean;
  /** Calls `while` or `repeat`, which may run up to the iteration limit. */
  loops: boolean;
  /** Takes a gradient (grad, backward, the functional API, `.grad`): loops upstream must keep their history. */
  differentiates: boolean;
  /** How many gradients it takes: with more than one, one may differentiate another's result. */
  gradients: number;
}

const LOOPS: ReadonlySet<string> = new Set(['while', 'repeat']);

/** Calls that run a backward pass, as functions or methods (`torch.autograd.grad(...)` is a method call). */
const DIFFERENTIATES: ReadonlySet<string> = new Set(['grad', 'backward', 'jacobian', 'hessian', 'hvp', 'vhp', 'jvp', 'vjp']);

const NO_NAMES: ReadonlySet<string> = new Set();

/** Walks the AST with an explicit stack, tracking which names lambdas and `let` bind. */
export function formulaDeps(root: Expr): FormulaDeps {
  // Every cell is wired from this when a workbook opens, so it allocates little: two parallel stacks,
  // and a names set only once a name turns up.
  let names: Set<string> | null = null;
  const deps: FormulaDeps = { cells: [], ranges: [], names: NO_NAMES, declaresBackward: false, readsGrad: false, loops: false, differentiates: false, gradients: 0 };
  const differentiate = (): void => {
    deps.differentiates = true;
    deps.gradients++;
  };
  const addName = (name: string): void => {
    names ??= new Set();
    names.add(name);
  };
  const exprs: Expr[] = [root];
  const bounds: ReadonlySet<string>[] = [NO_NAMES];
  const push = (e: Expr | null, bound: ReadonlySet<string>): void => {
    if (e) {
      exprs.push(e);
      bounds.push(bound);
    }
  };
  while (exprs.length > 0) {
    const e = exprs.pop() as Expr;
    const bound = bounds.pop() as ReadonlySet<string>;
    switch (e.type) {
      case 'ref':
        deps.cells.push(e.ref);
        break;
      case 'range':
        deps.ranges.push({ start: e.start, end: e.end });
        break;
      case 'name':
        if (!bound.has(e.name.toLowerCase())) addName(e.name.toLowerCase());
        break;
      case 'list':
      case 'tuple':
        e.items.forEach((i) => push(i, bound));
        break;
      case 'lambda': {
        const inner = new Set(bound);
        e.params.forEach((p) => inner.add(p.toLowerCase()));
        push(e.body, inner);
        break;
      }
      case 'call': {
        const callee = e.callee.type === 'name' ? e.callee.name.toLowerCase() : null;
        if (callee === 'backward') deps.declaresBackward = true;
        if (callee !== null && DIFFERENTIATES.has(callee)) differentiate();
        if (callee !== null && LOOPS.has(callee) && !bound.has(callee)) deps.loops = true;
        if (callee === 'let') {
          // let(n1, v1, n2, v2, ..., body): each value sees the names bound before it.
          const inner = new Set(bound);
          const args = e.args;
          for (let i = 0; i + 1 < args.length; i += 2) {
            push(args[i + 1].value, new Set(inner));
            const n = args[i].value;
            if (n.type === 'name') inner.add(n.name.toLowerCase());
          }
          if (args.length % 2 === 1) push(args[args.length - 1].value, inner);
          if (!bound.has('let')) addName('let');
          break;
        }
        push(e.callee, bound);
        e.args.forEach((a) => push(a.value, bound));
        break;
      }
      case 'method':
        if (e.name.toLowerCase() === 'backward') deps.declaresBackward = true;
        if (DIFFERENTIATES.has(e.name.toLowerCase())) differentiate();
        if (!bound.has(e.name.toLowerCase())) addName(e.name.toLowerCase());
        push(e.object, bound);
        e.args.forEach((a) => push(a.value, bound));
        break;
      case 'assign':
        push(e.object, bound);
        push(e.value, bound);
        break;
      case 'attr':
        if (e.name === 'grad') {
          deps.readsGrad = true;
          differentiate();
        }
        push(e.object, bound);
        break;
      case 'index':
        push(e.object, bound);
        for (const p of e.parts) {
          if (p.kind === 'index') push(p.expr, bound);
          else [p.start, p.stop, p.step].forEach((x) => push(x, bound));
        }
        break;
      case 'unary':
        push(e.operand, bound);
        break;
      case 'binary':
        push(e.left, bound);
        push(e.right, bound);
        break;
      default:
        break;
    }
  }
  if (names !== null) deps.names = names;
  return deps;
}
