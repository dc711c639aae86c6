// Owns reading a script's statements out of @lezer/python's tree: each statement with its line and source,
// a comment on a line of its own as a comment statement, `a = 1; b = 2` as two statements.

import type { SyntaxNode, Tree } from '@lezer/common';
import { describe, ExprReader, kids, MAX_DEPTH, type PyExpr, type PyStmt, type PyStmtBody, readParams } from './python-ast';

/** The first error node of the tree as "line N: not Python: ...", or null when the text parsed as Python. */
export function firstSyntaxError(tree: Tree, src: string, lineOf: (pos: number) => number): string | null {
  let at = -1;
  tree.iterate({
    enter: (n) => {
      if (at >= 0) return false;
      if (n.type.isError) at = n.from;
      return undefined;
    },
  });
  if (at < 0) return null;
  const line = lineOf(at);
  const text = src.split('\n', line)[line - 1] ?? '';
  const near = src.slice(at, at + 20).split('\n')[0];
  return `line ${line}: not Python: ${near === '' ? 'unexpected end of line' : `unexpected "${near.trim()}"`} in "${text.trim().slice(0, 80)}"`;
}

/** Maps a source offset to its 1-based line. */
export function lineIndex(src: string): (pos: number) => number {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Reads statements from a script's tree. */
export class StatementReader {
  readonly ex: ExprReader;
  /** `src` is what the parser read, `original` the script (the same length: see spellTrailingDots). */
  constructor(
    readonly src: string,
    readonly original: string,
    readonly lineOf: (pos: number) => number,
  ) {
    this.ex = new ExprReader(src, original);
  }

  /** The statements of a Script or a Body node, comments on their own line included. */
  block(node: SyntaxNode, depth: number): PyStmt[] {
    const out: PyStmt[] = [];
    for (let c = node.firstChild; c !== null; c = c.nextSibling) {
      if (c.name === 'Comment') {
        const lineStart = this.src.lastIndexOf('\n', c.from - 1) + 1;
        if (this.src.slice(lineStart, c.from).trim() === '')
          out.push(this.make(c, { k: 'comment', text: this.original.slice(c.from, c.to).replace(/^#+\s?/, '') }));
      } else if (c.name === 'StatementGroup') {
        for (const s of kids(c)) if (s.name !== ';') out.push(this.statement(s, depth));
      } else if (c.name !== ':' && c.name !== 'Body' && c.name !== ';') out.push(this.statement(c, depth));
    }
    return out;
  }

  private make(n: SyntaxNode, body: PyStmtBody): PyStmt {
    return { ...body, line: this.lineOf(n.from), source: this.original.slice(n.from, n.to).replace(/\s+$/, '') };
  }

  private body(n: SyntaxNode, depth: number): PyStmt[] | null {
    const b = kids(n).find((c) => c.name === 'Body');
    return b === undefined || depth >= MAX_DEPTH ? null : this.block(b, depth + 1);
  }

  statement(n: SyntaxNode, depth: number): PyStmt {
    const read = this.read(n, depth);
    return this.make(n, read);
  }

  private read(n: SyntaxNode, depth: number): PyStmtBody {
    const cs = kids(n);
    const e = (c: SyntaxNode): PyExpr => this.ex.expr(c, depth);
    switch (n.name) {
      case 'ExpressionStatement':
        return { k: 'expr', e: cs.length === 1 ? e(cs[0]) : { k: 'tuple', items: this.ex.items(cs, depth) } };
      case 'AssignStatement':
        return this.assign(cs, depth);
      case 'UpdateStatement':
        return cs.length === 3
          ? { k: 'aug', target: e(cs[0]), op: this.ex.text(cs[1]), value: e(cs[2]) }
          : { k: 'other', reason: 'an unusual update' };
      case 'PassStatement':
        return { k: 'pass' };
      case 'ReturnStatement':
        return {
          k: 'return',
          e: cs.length === 1 ? null : cs.length === 2 ? e(cs[1]) : { k: 'tuple', items: this.ex.items(cs.slice(1), depth) },
        };
      case 'ImportStatement':
        return { k: 'import', modules: this.imports(cs) };
      case 'WithStatement': {
        const body = this.body(n, depth);
        const ctx = cs.filter((c) => c.name !== 'with' && c.name !== 'Body');
        if (body === null) return { k: 'other', reason: 'nested deeper than 200 levels' };
        if (ctx.length !== 1) return { k: 'other', reason: 'a with statement of several contexts or with "as"' };
        return { k: 'with', ctx: e(ctx[0]), body };
      }
      case 'DecoratedStatement':
      case 'FunctionDefinition':
        return this.def(n, depth);
      case 'ForStatement': {
        const body = this.body(n, depth);
        const parts = cs.filter((c) => !['for', 'in', 'Body', 'else', 'async'].includes(c.name));
        if (body === null) return { k: 'other', reason: 'nested deeper than 200 levels' };
        if (cs.some((c) => c.name === 'else') || parts.length !== 2)
          return { k: 'other', reason: 'a for loop with else or several targets' };
        return { k: 'for', target: e(parts[0]), iter: e(parts[1]), body };
      }
      case 'WhileStatement': {
        const body = this.body(n, depth);
        if (body === null) return { k: 'other', reason: 'nested deeper than 200 levels' };
        if (cs.some((c) => c.name === 'else')) return { k: 'other', reason: 'a while loop with else' };
        return { k: 'while', cond: e(cs[1]), body };
      }
      case 'IfStatement':
        return { k: 'other', reason: 'if statements are not translated', printsOnly: this.printsOnly(n) };
      case 'ClassDefinition':
        return { k: 'other', reason: 'classes (nn.Module, autograd.Function) are not translated' };
      default:
        return { k: 'other', reason: `${describe(n.name)} is not translated` };
    }
  }

  /** Whether every branch of an if statement only prints (a loop may then leave it out, as it does a print). */
  private printsOnly(n: SyntaxNode): boolean {
    const bodies = kids(n).filter((c) => c.name === 'Body');
    return bodies.every((b) =>
      kids(b).every((c) => {
        if (c.name === ':' || c.name === 'PassStatement') return true;
        const call = c.name === 'ExpressionStatement' ? kids(c)[0] : undefined;
        const fn = call?.name === 'CallExpression' ? kids(call)[0] : undefined;
        return fn !== undefined && fn.name === 'VariableName' && this.ex.text(fn) === 'print';
      }),
    );
  }

  private assign(cs: SyntaxNode[], depth: number): PyStmtBody {
    // a = b = value, a, b = value, a: T = value: groups between the `=` signs.
    const groups: SyntaxNode[][] = [[]];
    for (const c of cs) {
      if (c.name === 'AssignOp') groups.push([]);
      else if (c.name === 'TypeDef') return { k: 'other', reason: 'annotated assignments are not translated' };
      else groups[groups.length - 1].push(c);
    }
    const exprs = groups.map((g) => {
      const items = this.ex.items(g, depth);
      return items.length === 1 && !g.some((c) => c.name === ',') ? items[0] : ({ k: 'tuple', items } as PyExpr);
    });
    if (exprs.length < 2) return { k: 'other', reason: 'an unusual assignment' };
    return { k: 'assign', targets: exprs.slice(0, -1), value: exprs[exprs.length - 1] };
  }

  private imports(cs: SyntaxNode[]): string[] {
    // import a.b as c, d / from a.b import c: the dotted module paths named (for `from`, only the module).
    const out: string[] = [];
    let path = '';
    let alias = false;
    for (const c of cs) {
      const t = this.ex.text(c);
      if (c.name === 'VariableName' && alias) alias = false;
      else if (c.name === 'VariableName' || c.name === '.') path += t;
      else if (c.name === 'as') alias = true;
      else if (c.name === ',' || c.name === 'import') {
        if (path !== '') out.push(path);
        path = '';
        if (c.name === 'import' && cs[0].name === 'from') return out;
      }
    }
    if (path !== '') out.push(path);
    return out;
  }

  private def(n: SyntaxNode, depth: number): PyStmtBody {
    const decorators: PyExpr[] = [];
    let fn = n;
    if (n.name === 'DecoratedStatement') {
      for (const c of kids(n)) {
        if (c.name === 'Decorator') decorators.push(this.decorator(c, depth));
        else if (c.name === 'FunctionDefinition') fn = c;
        else return { k: 'other', reason: 'decorated classes are not translated' };
      }
    }
    const cs = kids(fn);
    if (cs.some((c) => c.name === 'async')) return { k: 'other', reason: 'async functions are not translated' };
    const name = cs.find((c) => c.name === 'VariableName');
    const params = cs.find((c) => c.name === 'ParamList');
    const body = this.body(fn, depth);
    if (!name || !params || body === null)
      return { k: 'other', reason: body === null ? 'nested deeper than 200 levels' : 'an unusual def' };
    return { k: 'def', name: this.ex.text(name), params: readParams(this.ex, params), decorators, body };
  }

  private decorator(n: SyntaxNode, depth: number): PyExpr {
    // The grammar spells `@torch.no_grad()` as At, names, dots and an ArgList: rebuild the expression.
    let e: PyExpr | null = null;
    for (const c of kids(n)) {
      if (c.name === 'VariableName') e = e === null ? { k: 'name', id: this.ex.text(c) } : { k: 'attr', obj: e, name: this.ex.text(c) };
      else if (c.name === 'ArgList' && e !== null) {
        const args = this.ex.items(kids(c).slice(1, -1), depth);
        e = { k: 'call', fn: e, args, kwargs: [] };
      }
    }
    return e ?? { k: 'bad', reason: 'an unusual decorator' };
  }
}
