// Owns printing an AST back to formula text that parses to the same AST (spans aside).
import type { Arg, BinaryOp, Expr, IndexPart } from './ast.js';
import { addressText, quoteSheet } from './address';
import { exhaustive } from './walk';

// Binding strength, loosest first, mirroring the precedence table of grammar/formula.grammar.
const LAMBDA = 1;
const COMPARE = 2;
const PLUS = 3;
const TIMES = 4;
const PREFIX = 5;
const POWER = 6;
const POSTFIX = 7;
const ATOM = 8;

const BINARY_LEVEL: Record<BinaryOp, number> = {
  '==': COMPARE,
  '!=': COMPARE,
  '<': COMPARE,
  '<=': COMPARE,
  '>': COMPARE,
  '>=': COMPARE,
  '+': PLUS,
  '-': PLUS,
  '*': TIMES,
  '/': TIMES,
  '@': TIMES,
  '**': POWER,
};

/** The object of `.name`: a number is parenthesized, since `1.` is a number (Python's spelling). */
const dotted = (object: Expr): string => (object.type === 'number' ? `(${print(object, LAMBDA)})` : print(object, POSTFIX));

/** Prints an expression as formula text (without the leading `=`), adding only the parentheses it needs. */
export function printExpr(e: Expr): string {
  return print(e, LAMBDA);
}

function level(e: Expr): number {
  switch (e.type) {
    case 'lambda':
      return LAMBDA;
    case 'binary':
      return BINARY_LEVEL[e.op];
    case 'unary':
      return PREFIX;
    case 'call':
    case 'method':
    case 'attr':
    case 'index':
      return POSTFIX;
    case 'number':
      // The parser reads `-2` as unary minus, so a negative literal prints and binds like one.
      return e.value < 0 || Object.is(e.value, -0) ? PREFIX : ATOM;
    case 'string':
    case 'bool':
    case 'list':
    case 'tuple':
    case 'assign':
    case 'ref':
    case 'range':
    case 'error':
    case 'name':
      return ATOM;
  }
  return exhaustive(e);
}

// `least` is the loosest binding the surrounding syntax accepts without parentheses.
function print(e: Expr, least: number): string {
  const text = printBare(e);
  return level(e) < least ? `(${text})` : text;
}

function printBare(e: Expr): string {
  switch (e.type) {
    case 'number':
      return printNumber(e.value);
    case 'string':
      return `"${e.value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
    case 'bool':
      return e.value ? 'true' : 'false';
    case 'list':
      return `[${e.items.map((item) => print(item, LAMBDA)).join(', ')}]`;
    case 'tuple':
      return e.items.length === 1 ? `(${print(e.items[0], LAMBDA)},)` : `(${e.items.map((item) => print(item, LAMBDA)).join(', ')})`;
    case 'ref':
      return printSheet(e.ref.sheet) + addressText(e.ref);
    case 'range':
      return `${printSheet(e.start.sheet)}${addressText(e.start)}:${addressText(e.end)}`;
    case 'name':
      return e.name;
    case 'error':
      return e.code;
    case 'lambda': {
      const [only] = e.params;
      const params = e.params.length === 1 && only !== undefined ? only : `(${e.params.join(', ')})`;
      return `${params} => ${print(e.body, LAMBDA)}`;
    }
    case 'call':
      // A bare attribute callee would read back as a method call, so it keeps its parentheses.
      return `${e.callee.type === 'attr' ? `(${printBare(e.callee)})` : print(e.callee, POSTFIX)}(${printArgs(e.args)})`;
    case 'method':
      return `${dotted(e.object)}.${e.name}(${printArgs(e.args)})`;
    case 'attr':
      return `${dotted(e.object)}.${e.name}`;
    case 'assign':
      return `${dotted(e.object)}.${e.name} = ${print(e.value, LAMBDA)}`;
    case 'index':
      return `${print(e.object, POSTFIX)}[${e.parts.map(printIndexPart).join(', ')}]`;
    case 'unary':
      return `${e.op}${print(e.operand, PREFIX)}`;
    case 'binary': {
      const at = BINARY_LEVEL[e.op];
      // Power groups to the right and takes a unary right operand (`2 ** -1`); the rest group left.
      const [leftLeast, rightLeast] = e.op === '**' ? [POSTFIX, PREFIX] : [at, at + 1];
      return `${print(e.left, leftLeast)} ${e.op} ${print(e.right, rightLeast)}`;
    }
  }
}

function printNumber(value: number): string {
  if (value < 0 || Object.is(value, -0)) return `-${printNumber(-value)}`;
  // No literal spells infinity, but one too large for a double reads back as it.
  return value === Infinity ? '1e999' : String(value);
}

function printArgs(args: Arg[]): string {
  return args.map((a) => (a.name === null ? '' : `${a.name}=`) + print(a.value, LAMBDA)).join(', ');
}

function printIndexPart(part: IndexPart): string {
  if (part.kind === 'index') return print(part.expr, LAMBDA);
  const bounds = [part.start, part.stop, part.step].map((b) => (b === null ? '' : print(b, COMPARE)));
  if (part.step === null) bounds.pop();
  return bounds.reduce((text, next) => text + (endsWithCell(text) && /^\$?[A-Za-z]/.test(next) ? ' : ' : ':') + next);
}

// `x[A1 : B2]` is a slice between two cells; written without spaces it would read back as a range.
function endsWithCell(text: string): boolean {
  return /[A-Za-z]\$?[0-9]+$/.test(text);
}

function printSheet(sheet: string | null): string {
  return sheet === null ? '' : `${quoteSheet(sheet)}!`;
}
