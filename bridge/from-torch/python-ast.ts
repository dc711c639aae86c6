// Owns the small Python syntax tree the translation reads, made from @lezer/python's concrete tree: expressions
// and statements as plain data, with what falls outside the translated subset as a `bad` node saying why.
// The walk is depth-capped (MAX_DEPTH), so a deeply nested script is refused, never a stack overflow.

import type { SyntaxNode } from '@lezer/common';
import { decodeNumber, decodeString } from './literals';

/** How deep expressions and blocks may nest before the statement is refused. */
export const MAX_DEPTH = 200;

export interface Keyword {
  name: string;
  value: PyExpr;
}

export type PyExpr =
  | { k: 'name'; id: string }
  | { k: 'num'; text: string }
  | { k: 'str'; value: string }
  | { k: 'fstr' }
  | { k: 'const'; text: 'True' | 'False' | 'None' }
  | { k: 'attr'; obj: PyExpr; name: string }
  | { k: 'call'; fn: PyExpr; args: PyExpr[]; kwargs: Keyword[] }
  | { k: 'index'; obj: PyExpr; items: PyExpr[] }
  | { k: 'slice'; lo: PyExpr | null; hi: PyExpr | null; step: PyExpr | null }
  | { k: 'bin'; op: string; l: PyExpr; r: PyExpr }
  | { k: 'unary'; op: string; e: PyExpr }
  | { k: 'cond'; test: PyExpr; then: PyExpr; else: PyExpr }
  | { k: 'tuple'; items: PyExpr[] }
  | { k: 'list'; items: PyExpr[] }
  | { k: 'lambda'; params: string[]; body: PyExpr }
  | { k: 'bad'; reason: string };

/** A parameter of a def or lambda: its name, and whether it has a default, a star, or a type. */
export interface Param {
  name: string;
  plain: boolean;
}

export type PyStmtBody =
  | { k: 'assign'; targets: PyExpr[]; value: PyExpr }
  | { k: 'aug'; target: PyExpr; op: string; value: PyExpr }
  | { k: 'expr'; e: PyExpr }
  | { k: 'with'; ctx: PyExpr; body: PyStmt[] }
  | { k: 'def'; name: string; params: Param[]; decorators: PyExpr[]; body: PyStmt[] }
  | { k: 'for'; target: PyExpr; iter: PyExpr; body: PyStmt[] }
  | { k: 'while'; cond: PyExpr; body: PyStmt[] }
  | { k: 'return'; e: PyExpr | null }
  | { k: 'import'; modules: string[] }
  | { k: 'pass' }
  | { k: 'comment'; text: string }
  | { k: 'other'; reason: string; printsOnly?: boolean };

/** A statement with where it stands: `line` is 1-based, `source` its text. */
export type PyStmt = PyStmtBody & { line: number; source: string };

const bad = (reason: string): PyExpr => ({ k: 'bad', reason });
const DEEP = 'nested deeper than 200 levels';

/** The children of a node, skipping comments. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c !== null; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/** Reads expressions out of one source text. */
export class ExprReader {
  /** `src` is what the parser read (spellTrailingDots of `original`, the same length). */
  constructor(
    readonly src: string,
    readonly original: string = src,
  ) {}

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  expr(n: SyntaxNode, depth: number): PyExpr {
    if (depth > MAX_DEPTH) return bad(DEEP);
    const d = depth + 1;
    switch (n.name) {
      case 'VariableName':
        return { k: 'name', id: this.text(n) };
      case 'Number': {
        // `1.` was read as `1 `: the formula keeps the script's own spelling.
        const text = this.original[n.to] === '.' && this.src[n.to] === ' ' ? `${this.text(n)}.` : this.text(n);
        return decodeNumber(text) ?? bad(`the number ${text} has no formula spelling`);
      }
      case 'String': {
        const value = decodeString(this.text(n));
        return value === null ? bad('a bytes or unusual string literal') : { k: 'str', value };
      }
      case 'FormatString':
        return { k: 'fstr' };
      case 'ContinuedString':
        return this.continued(n);
      case 'Boolean':
        return { k: 'const', text: this.text(n) === 'True' ? 'True' : 'False' };
      case 'None':
        return { k: 'const', text: 'None' };
      case 'ParenthesizedExpression': {
        const inner = kids(n).filter((c) => c.name !== '(' && c.name !== ')');
        return inner.length === 1 ? this.expr(inner[0], d) : bad('an unusual parenthesized expression');
      }
      case 'TupleExpression':
        return { k: 'tuple', items: this.items(kids(n).slice(1, -1), d) };
      case 'ArrayExpression':
        return { k: 'list', items: this.items(kids(n).slice(1, -1), d) };
      case 'MemberExpression':
        return this.member(n, d);
      case 'CallExpression':
        return this.call(n, d);
      case 'BinaryExpression':
        return this.binary(n, d);
      case 'UnaryExpression': {
        const [op, e] = kids(n);
        return { k: 'unary', op: this.text(op), e: this.expr(e, d) };
      }
      case 'ConditionalExpression': {
        const parts = kids(n).filter((c) => c.name !== 'if' && c.name !== 'else');
        if (parts.length !== 3) return bad('an unusual conditional expression');
        return { k: 'cond', then: this.expr(parts[0], d), test: this.expr(parts[1], d), else: this.expr(parts[2], d) };
      }
      case 'LambdaExpression':
        return this.lambda(n, d);
      default:
        return bad(`${describe(n.name)} is not translated`);
    }
  }

  /** Comma-separated expressions; a star argument is refused. */
  items(nodes: SyntaxNode[], depth: number): PyExpr[] {
    const out: PyExpr[] = [];
    for (const c of nodes) {
      if (c.name === ',') continue;
      out.push(c.name === '*' || c.name === '**' ? bad('star arguments are not translated') : this.expr(c, depth));
    }
    return out;
  }

  private continued(n: SyntaxNode): PyExpr {
    let value = '';
    for (const c of kids(n)) {
      const s = c.name === 'String' ? decodeString(this.text(c)) : null;
      if (s === null) return { k: 'fstr' };
      value += s;
    }
    return { k: 'str', value };
  }

  private member(n: SyntaxNode, d: number): PyExpr {
    const cs = kids(n);
    const obj = this.expr(cs[0], d);
    if (cs[1]?.name === '.') return cs[2] ? { k: 'attr', obj, name: this.text(cs[2]) } : bad('an attribute without a name');
    // Subscript: split the tokens between [ and ] at commas, and each part at colons.
    const inner = cs.slice(2, -1);
    const items: PyExpr[] = [];
    let part: SyntaxNode[] = [];
    const flush = () => {
      items.push(this.subscriptItem(part, d));
      part = [];
    };
    for (const c of inner) {
      if (c.name === ',') flush();
      else part.push(c);
    }
    if (part.length > 0 || items.length === 0) flush();
    return { k: 'index', obj, items };
  }

  private subscriptItem(part: SyntaxNode[], d: number): PyExpr {
    if (!part.some((c) => c.name === ':')) return part.length === 1 ? this.expr(part[0], d) : bad('an unusual subscript');
    const slots: (PyExpr | null)[] = [null];
    for (const c of part) {
      if (c.name === ':') slots.push(null);
      else if (slots[slots.length - 1] === null) slots[slots.length - 1] = this.expr(c, d);
      else return bad('an unusual slice');
    }
    if (slots.length > 3) return bad('an unusual slice');
    return { k: 'slice', lo: slots[0], hi: slots[1] ?? null, step: slots[2] ?? null };
  }

  private call(n: SyntaxNode, d: number): PyExpr {
    const [fnNode, argList] = kids(n);
    const fn = this.expr(fnNode, d);
    const args: PyExpr[] = [];
    const kwargs: Keyword[] = [];
    const cs = argList ? kids(argList).slice(1, -1) : [];
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c.name === ',') continue;
      if (c.name === '*' || c.name === '**') {
        args.push(bad('star arguments are not translated'));
        i++;
      } else if (c.name === 'VariableName' && cs[i + 1]?.name === 'AssignOp') {
        kwargs.push({ name: this.text(c), value: cs[i + 2] ? this.expr(cs[i + 2], d) : bad('a keyword without a value') });
        i += 2;
      } else if (cs[i + 1] !== undefined && cs[i + 1].name === 'for') {
        return bad('generator expressions are not translated');
      } else args.push(this.expr(c, d));
    }
    return { k: 'call', fn, args, kwargs };
  }

  private binary(n: SyntaxNode, d: number): PyExpr {
    const cs = kids(n);
    if (cs.length !== 3)
      return bad(
        `the operator ${cs
          .slice(1, -1)
          .map((c) => this.text(c))
          .join(' ')} is not translated`,
      );
    return { k: 'bin', op: this.text(cs[1]), l: this.expr(cs[0], d), r: this.expr(cs[2], d) };
  }

  private lambda(n: SyntaxNode, d: number): PyExpr {
    const cs = kids(n);
    const params = cs.find((c) => c.name === 'ParamList');
    const body = cs[cs.length - 1];
    const ps = params ? readParams(this, params) : [];
    if (ps.some((p) => !p.plain)) return bad('lambda parameters with defaults or stars are not translated');
    return { k: 'lambda', params: ps.map((p) => p.name), body: this.expr(body, d) };
  }
}

/** The parameters of a ParamList. */
export function readParams(r: ExprReader, list: SyntaxNode): Param[] {
  const out: Param[] = [];
  let plain = true;
  for (const c of kids(list)) {
    if (c.name === 'VariableName') out.push({ name: r.text(c), plain });
    else if (c.name === '*' || c.name === '**' || c.name === '/') plain = false;
    else if (c.name === 'AssignOp' || c.name === 'TypeDef') {
      if (out.length > 0) out[out.length - 1].plain = false;
    } else if (c.name === ',') plain = true;
  }
  return out;
}

/** A node name as words: `ComprehensionExpression` → "a comprehension expression". */
export function describe(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
