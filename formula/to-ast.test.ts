// Tests the exact AST parseFormula gives for each syntax form of SPEC §3, and where it fails.
import { describe, expect, it } from 'vitest';
import type { BinaryOp, CellAddress } from './ast.js';
import { MAX_NESTING, parseFormula } from './to-ast.js';

// Spans are checked once below; everywhere else they would only add noise.
function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'from' && k !== 'to')
      .map(([k, v]) => [k, stripSpans(v)]),
  );
}

const ast = (text: string): unknown => stripSpans(parseFormula(text));

const num = (value: number) => ({ type: 'number', value });
const str = (value: string) => ({ type: 'string', value });
const bool = (value: boolean) => ({ type: 'bool', value });
const name = (n: string) => ({ type: 'name', name: n });
const list = (...items: unknown[]) => ({ type: 'list', items });
const cell = (col: number, row: number, more: Partial<CellAddress> = {}): CellAddress => ({
  sheet: null,
  col,
  row,
  colAbs: false,
  rowAbs: false,
  ...more,
});
const ref = (col: number, row: number, more: Partial<CellAddress> = {}) => ({ type: 'ref', ref: cell(col, row, more) });
const bin = (op: BinaryOp, left: unknown, right: unknown) => ({ type: 'binary', op, left, right });
const neg = (operand: unknown) => ({ type: 'unary', op: '-', operand });
const lambda = (params: string[], body: unknown) => ({ type: 'lambda', params, body });
const arg = (value: unknown, n: string | null = null) => ({ name: n, value });
const call = (callee: unknown, ...args: unknown[]) => ({ type: 'call', callee, args });
const at = (expr: unknown) => ({ kind: 'index', expr });
const slice = (start: unknown = null, stop: unknown = null, step: unknown = null) => ({ kind: 'slice', start, stop, step });
const index = (object: unknown, ...parts: unknown[]) => ({ type: 'index', object, parts });

describe('literals', () => {
  it.each([
    ['1', 1],
    ['2.5', 2.5],
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['1E+2', 100],
    ['007', 7],
    ['1e999', Infinity],
  ])('number %s', (text, value) => expect(ast(text)).toEqual(num(value)));

  it('strings unescape \\" \\\\ \\n and keep unknown escapes', () => {
    expect(ast('"text"')).toEqual(str('text'));
    expect(ast('"say \\"hi\\"\\n\\\\"')).toEqual(str('say "hi"\n\\'));
    expect(ast('"C:\\data"')).toEqual(str('C:\\data'));
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['false', false],
    ['FaLsE', false],
  ])('boolean %s', (text, value) => expect(ast(text)).toEqual(bool(value)));

  it('lists, nested, empty, with references and a trailing comma', () => {
    expect(ast('[1, 2, 3]')).toEqual(list(num(1), num(2), num(3)));
    expect(ast('[[0.25, 0.5], [0.75, 1]]')).toEqual(list(list(num(0.25), num(0.5)), list(num(0.75), num(1))));
    expect(ast('[A1, A2 * 2]')).toEqual(list(ref(0, 0), bin('*', ref(0, 1), num(2))));
    expect(ast('[]')).toEqual(list());
    expect(ast('[1, 2,]')).toEqual(list(num(1), num(2)));
  });

  it('tuples as Python writes them: (a, b), (a,) and a trailing comma; (a) is just a', () => {
    const tuple = (...items: unknown[]) => ({ type: 'tuple', items });
    expect(ast('(1, A1)')).toEqual(tuple(num(1), ref(0, 0)));
    expect(ast('(1,)')).toEqual(tuple(num(1)));
    expect(ast('(1, 2,)')).toEqual(tuple(num(1), num(2)));
    expect(ast('(1)')).toEqual(num(1));
    expect(ast('((1, 2), 3)[0]')).toEqual(index(tuple(tuple(num(1), num(2)), num(3)), at(num(0))));
    expect(ast('(a, b) => a')).toEqual(lambda(['a', 'b'], name('a')));
    expect(ast('f((a, b))')).toEqual(call(name('f'), arg(tuple(name('a'), name('b')))));
  });
});

describe('references', () => {
  it('decodes columns and makes rows 0-based', () => {
    expect(ast('A1')).toEqual(ref(0, 0));
    expect(ast('Z9')).toEqual(ref(25, 8));
    expect(ast('AA10')).toEqual(ref(26, 9));
    expect(ast('az1')).toEqual(ref(51, 0));
    expect(ast('XFD1048576')).toEqual(ref(16383, 1048575));
  });

  it('marks absolute parts', () => {
    expect(ast('$A$1')).toEqual(ref(0, 0, { colAbs: true, rowAbs: true }));
    expect(ast('A$1')).toEqual(ref(0, 0, { rowAbs: true }));
    expect(ast('$A1')).toEqual(ref(0, 0, { colAbs: true }));
  });

  it('unquotes sheet names', () => {
    expect(ast('Sheet2!B3')).toEqual(ref(1, 2, { sheet: 'Sheet2' }));
    expect(ast("'My sheet'!B3")).toEqual(ref(1, 2, { sheet: 'My sheet' }));
    expect(ast("'It''s'!A1")).toEqual(ref(0, 0, { sheet: "It's" }));
  });

  it('reads ranges, the sheet applying to both corners', () => {
    expect(ast('A1:C3')).toEqual({ type: 'range', start: cell(0, 0), end: cell(2, 2) });
    const sheet = { sheet: 'Sheet2' };
    expect(ast('Sheet2!A1:B2')).toEqual({ type: 'range', start: cell(0, 0, sheet), end: cell(1, 1, sheet) });
  });

  it.each([
    ['x1', ref(23, 0)],
    ['W2', ref(22, 1)],
    ['ab12', ref(27, 11)],
    ['log1p', name('log1p')],
    ['w_1', name('w_1')],
    ['l1_loss', name('l1_loss')],
    ['x', name('x')],
    ['trueish', name('trueish')],
  ])('tells reference from name: %s', (text, expected) => expect(ast(text)).toEqual(expected));
});

describe('precedence', () => {
  it.each([
    ['-x**2', neg(bin('**', name('x'), num(2)))],
    ['2**3**2', bin('**', num(2), bin('**', num(3), num(2)))],
    ['2^3', bin('**', num(2), num(3))],
    ['2**-1', bin('**', num(2), neg(num(1)))],
    ['a + b * c', bin('+', name('a'), bin('*', name('b'), name('c')))],
    ['a - b - c', bin('-', bin('-', name('a'), name('b')), name('c'))],
    ['a @ b / c', bin('/', bin('@', name('a'), name('b')), name('c'))],
    ['a < b + 1', bin('<', name('a'), bin('+', name('b'), num(1)))],
    ['a <> b', bin('!=', name('a'), name('b'))],
    ['a == b >= c', bin('>=', bin('==', name('a'), name('b')), name('c'))],
    ['-a * b', bin('*', neg(name('a')), name('b'))],
    ['+a', { type: 'unary', op: '+', operand: name('a') }],
    ['(a + b) * c', bin('*', bin('+', name('a'), name('b')), name('c'))],
    ['x => y => x + y', lambda(['x'], lambda(['y'], bin('+', name('x'), name('y'))))],
    ['(a,b) => a*b', lambda(['a', 'b'], bin('*', name('a'), name('b')))],
    ['-x[0]', neg(index(name('x'), at(num(0))))],
  ])('%s', (text, expected) => expect(ast(text)).toEqual(expected));
});

describe('lambdas, calls, methods, attributes and indexing', () => {
  it('lambdas', () => {
    expect(ast('y => y * 2')).toEqual(lambda(['y'], bin('*', name('y'), num(2))));
    expect(ast('(a, b) => 2 * exp(a) + 3 * b')).toEqual(
      lambda(['a', 'b'], bin('+', bin('*', num(2), call(name('exp'), arg(name('a')))), bin('*', num(3), name('b')))),
    );
    expect(ast('() => 1')).toEqual(lambda([], num(1)));
    expect(ast('(x) => x')).toEqual(lambda(['x'], name('x')));
  });

  it('calls with keyword arguments', () => {
    expect(ast('ones(2, 2, requires_grad=true)')).toEqual(call(name('ones'), arg(num(2)), arg(num(2)), arg(bool(true), 'requires_grad')));
    expect(ast('f()')).toEqual(call(name('f')));
    expect(ast('A6(A1, A2)')).toEqual(call(ref(0, 5), arg(ref(0, 0)), arg(ref(0, 1))));
    expect(ast('f(x)[0]')).toEqual(index(call(name('f'), arg(name('x'))), at(num(0))));
    expect(ast('hvp(f, x, v)[1]')).toEqual(index(call(name('hvp'), arg(name('f')), arg(name('x')), arg(name('v'))), at(num(1))));
  });

  it('methods and attributes', () => {
    expect(ast('A1.sum(dim=1, keepdim=true)')).toEqual({
      type: 'method',
      object: ref(0, 0),
      name: 'sum',
      args: [arg(num(1), 'dim'), arg(bool(true), 'keepdim')],
    });
    expect(ast('A1.T')).toEqual({ type: 'attr', object: ref(0, 0), name: 'T' });
    expect(ast('z.mean().grad_fn')).toEqual({
      type: 'attr',
      object: { type: 'method', object: name('z'), name: 'mean', args: [] },
      name: 'grad_fn',
    });
    // Parenthesized, the attribute is a value that gets called, not a method.
    expect(ast('(x.f)(1)')).toEqual(call({ type: 'attr', object: name('x'), name: 'f' }, arg(num(1))));
  });

  it('indexing and slices', () => {
    expect(ast('x[0]')).toEqual(index(name('x'), at(num(0))));
    expect(ast('x[:, 1]')).toEqual(index(name('x'), slice(), at(num(1))));
    expect(ast('x[1:3, ::2]')).toEqual(index(name('x'), slice(num(1), num(3)), slice(null, null, num(2))));
    expect(ast('x[-1, -2:]')).toEqual(index(name('x'), at(neg(num(1))), slice(neg(num(2)))));
    expect(ast('x[:2:]')).toEqual(index(name('x'), slice(null, num(2))));
    expect(ast('x[A1:B2]')).toEqual(index(name('x'), at({ type: 'range', start: cell(0, 0), end: cell(1, 1) })));
    expect(ast('x[A1 : B2]')).toEqual(index(name('x'), slice(ref(0, 0), ref(1, 1))));
  });
});

describe('spans', () => {
  it('cover each node in the text, parentheses left to the outer node', () => {
    const e = parseFormula(' a + (f(b)) ');
    expect(e).toMatchObject({ type: 'binary', from: 1, to: 11, left: { from: 1, to: 2 }, right: { type: 'call', from: 6, to: 10 } });
  });
});

describe('failures', () => {
  const failure = (text: string) => parseFormula(text);
  it.each([
    ['1 +* 2', 3, 'unexpected "*" at position 3'],
    ['[1, 2', 5, 'unclosed "["'],
    ['f(1, (2)', 8, 'unclosed "("'],
    [')', 0, 'unexpected ")" at position 0'],
    ['1 2', 2, 'unexpected "2" at position 2'],
    ['1 +', 3, 'unexpected end of formula'],
    ['(a, b) =>', 9, 'unexpected end of formula'],
    ['"abc', 0, 'unclosed string'],
    ["'My sheet!A1", 0, 'unclosed sheet name'],
    ['x[]', 2, 'unexpected "]" at position 2'],
    ['a = b', 2, 'unexpected "=" at position 2'],
    ['x1 => 1', 3, 'unexpected "=>" at position 3'],
    ['', 0, 'empty formula'],
    ['   ', 0, 'empty formula'],
    ['A99999999999999999', 0, 'reference "A99999999999999999" is out of range'],
  ])('%j fails at %i', (text, position, message) => {
    expect(failure(text)).toEqual({ type: 'parse-error', message, at: position });
  });

  it(`refuses nesting deeper than ${MAX_NESTING} levels instead of overflowing the stack`, () => {
    const tooDeep = 'x'.padStart(MAX_NESTING + 2, '(').padEnd(2 * MAX_NESTING + 3, ')');
    expect(failure(tooDeep)).toEqual({ type: 'parse-error', message: 'formula is nested too deeply', at: MAX_NESTING });
    expect(failure(`${'-'.repeat(100_000)}1`)).toMatchObject({ message: 'formula is nested too deeply' });
    expect(failure(Array(100_000).fill('1').join('+'))).toMatchObject({ message: 'formula is nested too deeply' });
    expect(ast('x'.padStart(MAX_NESTING, '(').padEnd(2 * MAX_NESTING - 1, ')'))).toEqual(name('x'));
    // A sum of a few hundred cells is a chain, not deep nesting a user would notice.
    expect(parseFormula(Array.from({ length: 500 }, (_, i) => `A${i + 1}`).join('+'))).toMatchObject({ type: 'binary', op: '+' });
  });
});
