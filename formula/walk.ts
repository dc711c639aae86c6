// Owns the one enumeration of the AST's children: every module that walks a formula (dependencies,
// references, the parse cache, renames, reference shifts, the registry fuzz) reaches sub-expressions
// through `forEachChild` (or `childExprs`), so a new node type is a compile error here and nowhere silently skipped.

import type { Expr, IndexPart } from './ast';

/** For the end of an exhaustive switch over node types: `e` is `never` there until a type is left out. */
export function exhaustive(e: never): never {
  throw new Error(`formula AST: unknown node ${JSON.stringify(e)}`);
}

/**
 * Calls `visit(child, arg)` for each direct sub-expression of a node, in the order they are written.
 * `arg` rides along so that a hot walker (deps.ts, run for every formula of a workbook being opened)
 * allocates nothing per node.
 */
export function forEachChild<T>(e: Expr, visit: (child: Expr, arg: T) => void, arg: T): void {
  switch (e.type) {
    case 'number':
    case 'string':
    case 'bool':
    case 'ref':
    case 'range':
    case 'error':
    case 'name':
      return;
    case 'list':
    case 'tuple':
      for (const item of e.items) visit(item, arg);
      return;
    case 'lambda':
      visit(e.body, arg);
      return;
    case 'call':
      visit(e.callee, arg);
      for (const a of e.args) visit(a.value, arg);
      return;
    case 'method':
      visit(e.object, arg);
      for (const a of e.args) visit(a.value, arg);
      return;
    case 'attr':
      visit(e.object, arg);
      return;
    case 'assign':
      visit(e.object, arg);
      visit(e.value, arg);
      return;
    case 'index':
      visit(e.object, arg);
      for (const p of e.parts) visitPart(p, visit, arg);
      return;
    case 'unary':
      visit(e.operand, arg);
      return;
    case 'binary':
      visit(e.left, arg);
      visit(e.right, arg);
      return;
  }
  exhaustive(e);
}

function visitPart<T>(p: IndexPart, visit: (child: Expr, arg: T) => void, arg: T): void {
  if (p.kind === 'index') return visit(p.expr, arg);
  if (p.start !== null) visit(p.start, arg);
  if (p.stop !== null) visit(p.stop, arg);
  if (p.step !== null) visit(p.step, arg);
}

const collect = (child: Expr, out: Expr[]): void => {
  out.push(child);
};

/** The direct sub-expressions of a node, in the order they are written. */
export function childExprs(e: Expr): Expr[] {
  const out: Expr[] = [];
  forEachChild(e, collect, out);
  return out;
}
