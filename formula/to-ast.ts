// Owns the walk from Lezer's concrete tree to the typed AST; the only module that reads Lezer nodes.
import type { SyntaxNode, Tree } from '@lezer/common';
import type { Arg, BinaryOp, CellAddress, Expr, IndexPart, ParseFailure } from './ast.js';
import { readReference } from './address';
import { parser } from './grammar/parser.js';

/** How deeply expressions may nest; everything downstream may recurse this far without fear. */
export const MAX_NESTING = 1000;

/** Parses formula text (without the leading `=`) into an AST, or says where and why it cannot. Never throws. */
export function parseFormula(text: string): Expr | ParseFailure {
  if (text.trim() === '') return failure('empty formula', 0);
  const tree = parser.parse(text);
  const problem = checkTree(tree, text);
  if (problem) return problem;
  const top = tree.topNode.firstChild;
  if (!top) throw new Error('formula tree: a clean tree has no expression');
  return toExpr(top, text);
}

function failure(message: string, at: number): ParseFailure {
  return { type: 'parse-error', message, at };
}

// One iterative pass (Tree.iterate keeps its own stack), so the recursive walk after it only ever
// sees clean trees at most MAX_NESTING expressions deep, however deep the input tried to go.
function checkTree(tree: Tree, text: string): ParseFailure | null {
  const found = { depth: 0, tooDeepAt: -1, errorAt: -1, badRef: null as { from: number; to: number } | null };
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        if (found.errorAt < 0 || node.from < found.errorAt) found.errorAt = node.from;
      } else if (node.type.is('Expression') && ++found.depth > MAX_NESTING && found.tooDeepAt < 0) {
        found.tooDeepAt = node.from;
      }
      const isRef = node.name === 'CellRef' || node.name === 'RangeRef';
      if (isRef && !found.badRef && !refInRange(text.slice(node.from, node.to))) found.badRef = { from: node.from, to: node.to };
    },
    leave(node) {
      if (node.type.is('Expression')) found.depth--;
    },
  });
  if (found.tooDeepAt >= 0) return failure('formula is nested too deeply', found.tooDeepAt);
  if (found.errorAt >= 0 || tree.length !== text.length) {
    return describeError(text, found.errorAt < 0 ? tree.length : found.errorAt);
  }
  if (found.badRef) return failure(`reference "${text.slice(found.badRef.from, found.badRef.to)}" is out of range`, found.badRef.from);
  return null;
}

const TOKEN_AT = /^(?:[A-Za-z_$][A-Za-z0-9_$]*|[0-9.]+(?:[eE][+-]?[0-9]+)?|\*\*|==|!=|<>|<=|>=|=>|[^])/u;
const OPENERS: Record<string, string> = { '(': ')', '[': ']' };

// Lezer marks where recovery began, which may sit in the blank before the offending token.
function describeError(text: string, from: number): ParseFailure {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  const scan = scanDelimiters(text);
  if (scan.unclosedQuote !== null && scan.unclosedQuote <= at) {
    const what = text[scan.unclosedQuote] === '"' ? 'string' : 'sheet name';
    return failure(`unclosed ${what}`, scan.unclosedQuote);
  }
  if (at >= text.length) {
    const open = scan.open.at(-1);
    return failure(open === undefined ? 'unexpected end of formula' : `unclosed "${text[open]}"`, text.length);
  }
  const token = (TOKEN_AT.exec(text.slice(at, at + 24))?.[0] ?? text[at] ?? '').slice(0, 20);
  return failure(`unexpected "${token}" at position ${at}`, at);
}

// Brackets and quotes are found by a plain scan because the tree of a broken formula is a guess.
function scanDelimiters(text: string): { open: number[]; unclosedQuote: number | null } {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"' || c === "'") {
      const start = i;
      for (i++; i < text.length && text[i] !== c; i++) if (c === '"' && text[i] === '\\') i++;
      if (i >= text.length) return { open, unclosedQuote: start };
    } else if (c in OPENERS) {
      open.push(i);
    } else if (c === ')' || c === ']') {
      const innermost = open.at(-1);
      if (innermost !== undefined && OPENERS[text[innermost] ?? ''] === c) open.pop();
    }
  }
  return { open, unclosedQuote: null };
}

function refInRange(text: string): boolean {
  const r = readReference(text);
  return r !== null && [r.start, r.end ?? r.start].every((a) => Number.isSafeInteger(a.col) && Number.isSafeInteger(a.row));
}

/** A reference token's text read by address.ts's rules (the token guarantees it is one). */
function reference(text: string): { sheet: string | null; start: CellAddress; end: CellAddress | null } {
  const r = readReference(text);
  if (r === null) throw new Error(`formula tree: "${text}" is not a reference`);
  return r;
}

// Unknown escapes keep their backslash, as in Python, so a pasted Windows path survives.
function unescapeString(quoted: string): string {
  return quoted
    .slice(1, -1)
    .replace(/\\([^])/g, (whole, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === '"' || c === '\\' ? c : whole));
}

const BINARY_SPELLING: Record<string, BinaryOp> = { '^': '**', '<>': '!=' };

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

function isExpr(node: SyntaxNode): boolean {
  return node.type.is('Expression');
}

function only<T>(items: T[], what: string): T {
  const item = items[0];
  if (items.length !== 1 || item === undefined) throw new Error(`formula tree: expected one ${what}`);
  return item;
}

// size: one exhaustive switch, a short case per grammar node.
function toExpr(node: SyntaxNode, text: string): Expr {
  const source = text.slice(node.from, node.to);
  const span = { from: node.from, to: node.to };
  const kids = children(node);
  const exprs = kids.filter(isExpr);
  const walk = (n: SyntaxNode): Expr => toExpr(n, text);
  const named = (name: string): SyntaxNode =>
    only(
      kids.filter((k) => k.name === name),
      name,
    );
  switch (node.name) {
    case 'Number':
      return { from: span.from, to: span.to, type: 'number', value: Number(source) };
    case 'String':
      return { from: span.from, to: span.to, type: 'string', value: unescapeString(source) };
    case 'Boolean':
      return { from: span.from, to: span.to, type: 'bool', value: source.toLowerCase() === 'true' };
    case 'Name':
      return { from: span.from, to: span.to, type: 'name', name: source };
    case 'CellRef':
      return { from: span.from, to: span.to, type: 'ref', ref: reference(source).start };
    case 'RangeRef': {
      const { start, end } = reference(source);
      if (end === null) throw new Error('formula tree: a range has two cells');
      return { from: span.from, to: span.to, type: 'range', start, end };
    }
    case 'ErrorLiteral':
      return { from: span.from, to: span.to, type: 'error', code: '#REF!' };
    case 'List':
      return { from: span.from, to: span.to, type: 'list', items: exprs.map(walk) };
    case 'Assignment': {
      // The target is the first child (`x.a = y.b`: the value may be a member expression too).
      const [target, value] = [exprs[0], exprs[exprs.length - 1]];
      if (exprs.length !== 2 || target.name !== 'MemberExpression')
        throw new Error('formula tree: an assignment is a member, "=" and a value');
      const property = only(
        children(target).filter((k) => k.name === 'PropertyName'),
        'property',
      );
      const object = only(children(target).filter(isExpr), 'object');
      return {
        from: span.from,
        to: span.to,
        type: 'assign',
        object: walk(object),
        name: text.slice(property.from, property.to),
        value: walk(value),
      };
    }
    case 'Tuple':
      return { from: span.from, to: span.to, type: 'tuple', items: exprs.map(walk) };
    case 'ParenthesizedExpression':
      return walk(only(exprs, 'expression'));
    case 'Lambda': {
      const params = (kids[0]?.name === 'ParamList' ? children(kids[0]) : kids).filter((k) => k.name === 'Param');
      return {
        from: span.from,
        to: span.to,
        type: 'lambda',
        params: params.map((p) => text.slice(p.from, p.to)),
        body: walk(only(exprs, 'body')),
      };
    }
    case 'CallExpression': {
      const callee = only(exprs, 'callee');
      const args = toArgs(named('ArgList'), text);
      // Only `x.f(...)` written directly is a method; `(x.f)(...)` calls the attribute's value.
      if (callee.name === 'MemberExpression') {
        const object = only(children(callee).filter(isExpr), 'object');
        const name = text.slice(callee.lastChild?.from ?? 0, callee.lastChild?.to ?? 0);
        return { from: span.from, to: span.to, type: 'method', object: walk(object), name, args };
      }
      return { from: span.from, to: span.to, type: 'call', callee: walk(callee), args };
    }
    case 'MemberExpression': {
      const property = named('PropertyName');
      return {
        from: span.from,
        to: span.to,
        type: 'attr',
        object: walk(only(exprs, 'object')),
        name: text.slice(property.from, property.to),
      };
    }
    case 'IndexExpression': {
      const parts = children(named('IndexList')).filter((k) => k.name === 'Slice' || isExpr(k));
      return {
        from: span.from,
        to: span.to,
        type: 'index',
        object: walk(only(exprs, 'object')),
        parts: parts.map((p) => toIndexPart(p, text)),
      };
    }
    case 'UnaryExpression': {
      const op = text.slice(kids[0]?.from ?? 0, kids[0]?.to ?? 0);
      return { from: span.from, to: span.to, type: 'unary', op: op === '-' ? '-' : '+', operand: walk(only(exprs, 'operand')) };
    }
    case 'BinaryExpression': {
      const [left, right] = exprs;
      const opNode = kids.find((k) => k.name === 'ArithOp' || k.name === 'CompareOp');
      if (!left || !right || !opNode) throw new Error('formula tree: malformed binary expression');
      const spelled = text.slice(opNode.from, opNode.to);
      const op = BINARY_SPELLING[spelled] ?? (spelled as BinaryOp);
      return { from: span.from, to: span.to, type: 'binary', op, left: walk(left), right: walk(right) };
    }
    default:
      throw new Error(`formula tree: unexpected node ${node.name}`);
  }
}

function toArgs(list: SyntaxNode, text: string): Arg[] {
  return children(list).flatMap((child): Arg[] => {
    if (child.name === 'KeywordArg') {
      const name = child.firstChild;
      const value = child.lastChild;
      if (!name || !value) throw new Error('formula tree: malformed keyword argument');
      return [{ name: text.slice(name.from, name.to), value: toExpr(value, text) }];
    }
    return isExpr(child) ? [{ name: null, value: toExpr(child, text) }] : [];
  });
}

function toIndexPart(node: SyntaxNode, text: string): IndexPart {
  if (node.name !== 'Slice') return { kind: 'index', expr: toExpr(node, text) };
  // Which bound an expression is depends on how many colons came before it.
  const bounds: (Expr | null)[] = [null, null, null];
  let colons = 0;
  for (const child of children(node)) {
    if (child.name === ':') colons++;
    else if (isExpr(child)) bounds[colons] = toExpr(child, text);
  }
  const [start = null, stop = null, step = null] = bounds;
  return { kind: 'slice', start, stop, step };
}
