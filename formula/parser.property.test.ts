// Property tests of the parser: no input makes it throw, and printing then reparsing any AST gives it back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Arg, BinaryOp, CellAddress, Expr, IndexPart } from './ast.js';
import { printExpr } from './print.js';
import { parseFormula } from './to-ast.js';

function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'from' && k !== 'to')
      .map(([k, v]) => [k, stripSpans(v)]),
  );
}

const ALPHABET = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-*/@^()[],.:!$\'"=<>_ '];
const formulaLike = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 });
// Fragments that reach deeper into the grammar than single characters do.
const FRAGMENTS = [
  'A1',
  '$B$2',
  'Sheet2!',
  "'a b'!",
  'x',
  'f(',
  ')',
  '[',
  ']',
  ', ',
  ':',
  '::',
  '=>',
  '**',
  '.T',
  '.sum(',
  'k=',
  '"s"',
  '-',
  ' + ',
  '<>',
  'true',
  '1e-3',
];
const fragmentSoup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 20 }).map((parts) => parts.join(''));

describe('parseFormula on arbitrary text', () => {
  it.each([
    ['any string', fc.string({ unit: 'binary', maxLength: 80 })],
    ['formula characters', formulaLike],
    ['formula fragments', fragmentSoup],
  ])('never throws and reports a position inside the text (%s)', (_label, text) => {
    fc.assert(
      fc.property(text, (input) => {
        const result = parseFormula(input);
        if (result.type === 'parse-error') {
          expect(result.at).toBeGreaterThanOrEqual(0);
          expect(result.at).toBeLessThanOrEqual(input.length);
          expect(result.message).not.toBe('');
        } else {
          expect(result.from).toBeGreaterThanOrEqual(0);
          expect(result.to).toBeLessThanOrEqual(input.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

const CELL_WORD = /^[A-Za-z]+[0-9]+$/;
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,5}$/).filter((w) => !CELL_WORD.test(w) && !/^(true|false)$/i.test(w));
const sheet = fc.option(fc.oneof(identifier, fc.constantFrom('Sheet2', 'A1', 'true', "It's", ''), fc.string({ maxLength: 6 })), {
  nil: null,
});
// Mostly plain numbers and the characters a string literal must escape, with the odd extreme one.
const number = fc.oneof(
  fc.nat(1000),
  fc.nat(1000).map((n) => n / 8),
  fc.double({ min: 0, noNaN: true }).filter((v) => !Object.is(v, -0)),
);
const stringValue = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', 'n', 't', 'a', "'", ' '), maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const address = (sheetName: string | null): fc.Arbitrary<CellAddress> =>
  fc.record({ sheet: fc.constant(sheetName), col: fc.nat(20_000), row: fc.nat(2_000_000), colAbs: fc.boolean(), rowAbs: fc.boolean() });
const BINARY_OPS: BinaryOp[] = ['+', '-', '*', '/', '@', '**', '==', '!=', '<', '<=', '>', '>='];
const span = { from: 0, to: 0 };

// Covers every Expr and IndexPart variant; only ASTs the parser itself can produce (see print.ts).
const { expr } = fc.letrec<{ expr: Expr; arg: Arg; part: IndexPart }>((tie) => {
  const e = tie('expr');
  const args = fc.array(tie('arg'), { maxLength: 3 });
  const leaf = fc.oneof(
    number.map((value): Expr => ({ ...span, type: 'number', value })),
    stringValue.map((value): Expr => ({ ...span, type: 'string', value })),
    fc.boolean().map((value): Expr => ({ ...span, type: 'bool', value })),
    identifier.map((name): Expr => ({ ...span, type: 'name', name })),
    sheet.chain((s) => address(s)).map((ref): Expr => ({ ...span, type: 'ref', ref })),
    sheet.chain((s) => fc.tuple(address(s), address(s))).map(([start, end]): Expr => ({ ...span, type: 'range', start, end })),
    fc.constant<Expr>({ ...span, type: 'error', code: '#REF!' }),
  );
  return {
    arg: fc.record({ name: fc.option(identifier, { nil: null }), value: e }),
    part: fc.oneof(
      e.map((x): IndexPart => ({ kind: 'index', expr: x })),
      fc.record({
        kind: fc.constant('slice' as const),
        start: fc.option(e, { nil: null }),
        stop: fc.option(e, { nil: null }),
        step: fc.option(e, { nil: null }),
      }),
    ),
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(e, { maxLength: 3 }).map((items): Expr => ({ ...span, type: 'list', items })),
      fc.tuple(fc.array(identifier, { maxLength: 3 }), e).map(([params, body]): Expr => ({ ...span, type: 'lambda', params, body })),
      fc.tuple(e, args).map(([callee, a]): Expr => ({ ...span, type: 'call', callee, args: a })),
      fc.tuple(e, identifier, args).map(([object, name, a]): Expr => ({ ...span, type: 'method', object, name, args: a })),
      fc.tuple(e, identifier).map(([object, name]): Expr => ({ ...span, type: 'attr', object, name })),
      fc
        .tuple(e, fc.array(tie('part'), { minLength: 1, maxLength: 3 }))
        .map(([object, parts]): Expr => ({ ...span, type: 'index', object, parts })),
      fc.tuple(fc.constantFrom('-' as const, '+' as const), e).map(([op, operand]): Expr => ({ ...span, type: 'unary', op, operand })),
      fc.tuple(fc.constantFrom(...BINARY_OPS), e, e).map(([op, left, right]): Expr => ({ ...span, type: 'binary', op, left, right })),
    ),
  };
});

describe('printExpr', () => {
  it('prints every AST so that it parses back to itself', () => {
    fc.assert(
      fc.property(expr, (e) => {
        expect(stripSpans(parseFormula(printExpr(e)))).toEqual(stripSpans(e));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints only the parentheses precedence needs', () => {
    const texts = ['-x ** 2', '(-x) ** 2', '2 ** 3 ** 2', '(2 ** 3) ** 2', '2 ** -1', 'a - (b - c)', '(x => x)(2)', "'My sheet'!$B3:C$4"];
    for (const text of texts) {
      const e = parseFormula(text);
      expect(e.type).not.toBe('parse-error');
      if (e.type !== 'parse-error') expect(printExpr(e)).toBe(text);
    }
  });
});
