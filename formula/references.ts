// Owns walking a formula's AST: each node's sub-expressions, and every reference and range in it with
// its source span, for the modules that rewrite references in a formula's text.

import type { Expr, IndexPart } from './ast';

export type ReferenceExpr = Extract<Expr, { type: 'ref' } | { type: 'range' }>;

/** The direct sub-expressions of a node. Exhaustive: a new node type does not compile until it is listed here. */
export function childExprs(e: Expr): Expr[] {
  switch (e.type) {
    case 'number':
    case 'string':
    case 'bool':
    case 'ref':
    case 'range':
    case 'error':
    case 'name':
      return [];
    case 'list':
    case 'tuple':
      return e.items;
    case 'lambda':
      return [e.body];
    case 'call':
      return [e.callee, ...e.args.map((a) => a.value)];
    case 'method':
      return [e.object, ...e.args.map((a) => a.value)];
    case 'attr':
      return [e.object];
    case 'assign':
      return [e.object, e.value];
    case 'index':
      return [e.object, ...e.parts.flatMap(partExprs)];
    case 'unary':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
  }
}

function partExprs(p: IndexPart): Expr[] {
  if (p.kind === 'index') return [p.expr];
  return [p.start, p.stop, p.step].filter((x): x is Expr => x !== null);
}

/** Every reference and range in an expression, found without recursion (formulas nest up to MAX_NESTING deep). */
export function references(root: Expr): ReferenceExpr[] {
  const out: ReferenceExpr[] = [];
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.type === 'ref' || e.type === 'range') out.push(e);
    else stack.push(...childExprs(e));
  }
  return out;
}
