// Owns finding every reference and range in a formula's AST with its source span, for the modules
// that rewrite references in a formula's text (ref-shift.ts, rename-sheet.ts) or share its parse.

import type { Expr } from './ast';
import { childExprs } from './walk';

export type ReferenceExpr = Extract<Expr, { type: 'ref' } | { type: 'range' }>;

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
