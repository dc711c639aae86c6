import { describe, expect, test } from 'vitest';
import { parseFormula } from '../../formula/to-ast';
import { formulaDiagnostics } from './lint';
import { stateAt } from './test-helpers';

function lint(doc: string, names: string[] = []) {
  const { state } = stateAt(`${doc}|`);
  return formulaDiagnostics(state, { names: () => names }).map(({ from, to, severity, message }) => ({ from, to, severity, message }));
}

function parserMessage(text: string): string {
  const r = parseFormula(text);
  if (r.type !== 'parse-error') throw new Error(`expected a parse error for ${text}`);
  return r.message;
}

describe('parse errors', () => {
  test("=1 +* 2 gives one diagnostic at 4, with the parser's message", () => {
    expect(lint('=1 +* 2')).toEqual([{ from: 4, to: 5, severity: 'error', message: parserMessage('1 +* 2') }]);
    expect(parserMessage('1 +* 2')).toBe('unexpected "*" at position 3');
  });

  test('the underline covers the whole offending token', () => {
    expect(lint('=1 + ** 2')).toEqual([{ from: 5, to: 7, severity: 'error', message: parserMessage('1 + ** 2') }]);
  });

  test('an unfinished formula is marked at its end', () => {
    expect(lint('=sum(1')).toEqual([{ from: 6, to: 6, severity: 'error', message: 'unclosed "("' }]);
    expect(lint('=')).toEqual([{ from: 1, to: 1, severity: 'error', message: 'empty formula' }]);
    expect(lint('="abc')).toEqual([{ from: 1, to: 2, severity: 'error', message: 'unclosed string' }]);
  });

  test('a valid formula and plain text have none', () => {
    expect(lint('=sum([1, 2], dim=0) + x.T.mean()')).toEqual([]);
    expect(lint('hello (world')).toEqual([]);
    expect(lint('3')).toEqual([]);
  });
});

describe('unknown functions', () => {
  test('a call of an unknown name is a warning on the name', () => {
    expect(lint('=1 + foo(2)')).toEqual([{ from: 5, to: 8, severity: 'warning', message: 'unknown function "foo"' }]);
    expect(lint('=x.foo()')).toEqual([{ from: 3, to: 6, severity: 'warning', message: 'unknown function "foo"' }]);
  });

  test('built-ins in any case, workbook names, lambda parameters and let names are callable', () => {
    expect(lint('=SUM(1) + Exp(0)')).toEqual([]);
    expect(lint('=f(1)', ['F'])).toEqual([]);
    expect(lint('=(g, y) => g(y)')).toEqual([]);
    expect(lint('=let(h, y => y * 2, h(3))')).toEqual([]);
  });

  test('references and expressions as callees are left to the evaluator', () => {
    expect(lint('=A6(1, 2) + (y => y)(1)')).toEqual([]);
  });

  test('both kinds together, in text order', () => {
    expect(lint('=foo(1 +* 2)').map((d) => d.severity)).toEqual(['error', 'warning']);
  });
});
