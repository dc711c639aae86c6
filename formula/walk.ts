// Owns the one enumeration of the AST's children: every module that walks a formula (dependencies,
// references, the parse cache, renames, reference shifts, the registry fuzz) reaches sub-expressions
// through `childExprs`, so a new node type is a compile error here and nowhere silently skipped.

import type { Expr, IndexPart } from './ast';

/** For the end of an exhaustive switch over node types: `e` is `never` there until a type is left out. */
export function exhaustive(e: never): never {
  throw new Error(`formula AST: unknown node ${JSON.stringify(e)}`);
}

/** The direct sub-expressions of a node, in the order they are written. */
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
  return exhaustive(e);
}

function partExprs(p: IndexPart): Expr[] {
  if (p.kind === 'index') return [p.expr];
  return [p.start, p.stop, p.step].filter((x): x is Expr => x !== null);
}
