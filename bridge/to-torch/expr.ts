// Owns the translation of a formula's expressions into Python: literals, references, names, lambdas,
// operators, attributes and indexing; calls go to functions.ts.

import type { Expr, IndexPart } from '../../formula/ast';
import { CONSTANTS, canonicalDtype, modulePrefix } from '../../formula/torch-names';
import { translateCall, functionValue } from './functions';
import { pyFloat, pyInt, pyString } from './py-text';
import { type Py, PREC, Translation, at, atom } from './translation';

/**
 * What the surrounding Python wants of a literal: `tensor` makes numbers and lists tensors, `scalar`
 * keeps a number a Python float, `int` a Python int where whole (sizes, dims, indices), `raw` as written.
 */
export type Want = 'tensor' | 'scalar' | 'int' | 'raw';

const BINARY: Record<string, { s: string; p: number }> = {
  '+': { s: '+', p: PREC.add },
  '-': { s: '-', p: PREC.add },
  '*': { s: '*', p: PREC.mul },
  '/': { s: '/', p: PREC.mul },
  '@': { s: '@', p: PREC.mul },
  '**': { s: '**', p: PREC.pow },
};

/** A number literal, with its sign when written `-2.5` (the parser reads that as a unary minus). */
export function literalNumber(e: Expr): number | null {
  if (e.type === 'number') return e.value;
  if (e.type === 'unary' && e.operand.type === 'number') return e.op === '-' ? -e.operand.value : e.operand.value;
  return null;
}

function numberText(x: number, want: Want): Py {
  if (want === 'int') return atom(pyInt(x));
  const text = pyFloat(x);
  if (want === 'tensor') return atom(`torch.tensor(${text})`);
  return { s: text, p: text.startsWith('-') ? PREC.unary : PREC.atom };
}

/** A nested list of number and boolean literals, as Python list text, or null when it holds anything else. */
function literalList(e: Expr, want: Want): string | null {
  if (e.type === 'bool') return e.value ? 'True' : 'False';
  const n = literalNumber(e);
  if (n !== null) return want === 'int' ? pyInt(n) : pyFloat(n);
  if (e.type !== 'list' && e.type !== 'tuple') return null;
  const items: string[] = [];
  for (const item of e.items) {
    const text = literalList(item, want);
    if (text === null) return null;
    items.push(text);
  }
  return e.type === 'tuple' && items.length === 1
    ? `(${items[0]},)`
    : e.type === 'tuple'
      ? `(${items.join(', ')})`
      : `[${items.join(', ')}]`;
}

function list(t: Translation, e: Expr & { type: 'list' }, want: Want): Py {
  const literal = literalList(e, want);
  if (literal !== null) return atom(want === 'int' || want === 'raw' ? literal : `torch.tensor(${literal})`);
  return atom(`torch.stack([${e.items.map((item) => expr(t, item, 'tensor').s).join(', ')}])`);
}

/** Translates `e` into Python. */
export function expr(t: Translation, e: Expr, want: Want = 'tensor'): Py {
  const n = literalNumber(e);
  if (n !== null) return numberText(n, want);
  switch (e.type) {
    case 'number':
      return numberText(e.value, want);
    case 'bool':
      return atom(want === 'tensor' ? `torch.tensor(${e.value ? 'True' : 'False'})` : e.value ? 'True' : 'False');
    case 'string':
      return atom(pyString(e.value));
    case 'list':
      return list(t, e, want);
    case 'tuple':
      return atom(e.items.length === 1 ? `(${expr(t, e.items[0], want).s},)` : `(${e.items.map((i) => expr(t, i, want).s).join(', ')})`);
    case 'ref':
      return t.cell(e.ref);
    case 'range':
      return t.range(e.start, e.end);
    case 'error':
      return t.fail('it holds a #REF! reference');
    case 'name':
      return name(t, e.name, want, e === t.root);
    case 'lambda':
      return lambda(t, e.params, e.body);
    case 'call':
    case 'method':
      return translateCall(t, e);
    case 'attr':
      return attribute(t, e);
    case 'index':
      return atom(`${at(expr(t, e.object), PREC.atom)}[${e.parts.map((p) => indexPart(t, p)).join(', ')}]`);
    case 'unary':
      return { s: `${e.op}${at(expr(t, e.operand), PREC.unary)}`, p: PREC.unary };
    case 'binary':
      return binary(t, e, want);
    case 'assign':
      return t.fail('an assignment changes a tensor in place, which the sheet refuses');
  }
}

function name(t: Translation, text: string, want: Want, whole: boolean): Py {
  const bound = t.bound(text);
  if (bound !== undefined) return atom(bound);
  const target = t.model.names.get(text.toLowerCase());
  if (target !== undefined) {
    if (target.kind === 'nothing') return t.fail(`the name ${text} points at nothing: ${target.why}`);
    if (target.kind === 'range') return t.rangeVar(target.range);
    const cell = t.model.byKey.get(target.key);
    if (cell === undefined) return t.root?.type === 'name' ? atom('None') : atom('torch.tensor(0.0)'); // empty: 0, as the sheet reads it
    t.read(target.key);
    t.globalsRead.add(cell.variable.toLowerCase());
    return atom(cell.variable);
  }
  if (text === 'None') return atom('None');
  const lower = text.toLowerCase();
  if (Object.hasOwn(CONSTANTS, lower)) return constant(lower, want);
  return functionValue(t, lower, whole) ?? t.fail(`the name ${text} is neither a workbook name nor a function`);
}

function constant(lower: string, want: Want): Py {
  const text = lower === 'nan' || lower === 'inf' ? pyFloat(CONSTANTS[lower]) : `math.${lower}`;
  return atom(want === 'tensor' ? `torch.tensor(${text})` : text);
}

/** `(a, b) => body` as a Python lambda (Translation.within says when a parameter is renamed). */
export function lambda(t: Translation, params: readonly string[], body: Expr): Py {
  const { spelt, text, watched } = t.within(params, () => expr(t, body));
  if (watched.length === 0) return { s: `lambda ${spelt.join(', ')}: ${text.s}`, p: PREC.lambda };
  // A parameter a grad differentiates with respect to must require grad in PyTorch (the sheet needs no flag).
  const watch = `(lambda ${watched.join(', ')}: ${text.s})(${watched.map((w) => `${t.use('gs_watch')}(${w})`).join(', ')})`;
  return { s: `lambda ${spelt.join(', ')}: ${watch}`, p: PREC.lambda };
}

function binary(t: Translation, e: Expr & { type: 'binary' }, want: Want): Py {
  // Number literals stay Python numbers beside a tensor, as a script writes `1 - x` (PyTorch's RsubBackward1);
  // between two numbers the left one is a tensor, unless Python wants a number (`randint(0, 2 ** 40)`).
  const scalarLeft = literalNumber(e.left) !== null;
  const scalarRight = literalNumber(e.right) !== null;
  // A whole number beside a tensor is written as an int (`x + 2`), which PyTorch treats as the same float.
  const plain = want === 'int' || want === 'scalar';
  const side = plain ? want : scalarLeft && scalarRight ? 'scalar' : 'int';
  const left = expr(t, e.left, scalarLeft && (!scalarRight || plain) ? side : 'tensor');
  const right = expr(t, e.right, scalarRight ? side : 'tensor');
  const op = BINARY[e.op];
  if (op === undefined) {
    // Comparisons: Python would chain `a < b < c`, the sheet compares the first result; parentheses keep the sheet's meaning.
    return { s: `${at(left, PREC.cmp + 1)} ${e.op} ${at(right, PREC.cmp + 1)}`, p: PREC.cmp };
  }
  if (e.op === '**') return { s: `${at(left, PREC.pow + 1)} ** ${at(right, PREC.unary)}`, p: PREC.pow };
  return { s: `${at(left, op.p)} ${op.s} ${at(right, op.p + 1)}`, p: op.p };
}

/** Where `x.grad`'s text lists the book's backward roots, replaced when the script is put together. */
export const ROOTS = '@backward-roots@';

const ATTRIBUTES: Record<string, (object: string) => string> = {
  t: (o) => `${o}.T`,
  mt: (o) => `${o}.mT`,
  shape: (o) => `${o}.shape`,
  grad: (o) => `${o}.grad`,
  requires_grad: (o) => `${o}.requires_grad`,
  data: (o) => `${o}.detach()`,
  is_leaf: (o) => `${o}.is_leaf`,
  ndim: (o) => `${o}.ndim`,
  grad_fn: (o) => `gs_grad_fn(${o})`,
  dtype: (o) => `str(${o}.dtype)`,
};

function attribute(t: Translation, e: Expr & { type: 'attr' }): Py {
  const prefix = modulePrefix(e.object);
  if (prefix !== null && t.bound(prefix.root) === undefined && !t.model.names.has(prefix.root.toLowerCase())) {
    const lower = e.name.toLowerCase();
    if (Object.hasOwn(CONSTANTS, lower)) return constant(lower, 'tensor');
    const dtype = canonicalDtype(e.name);
    if (dtype !== undefined) return atom(dtype);
    return functionValue(t, lower, e === t.root) ?? t.fail(`${prefix.path}.${e.name} is not translated`);
  }
  if (e.name.toLowerCase() === 'next_functions' && e.object.type === 'attr' && e.object.name.toLowerCase() === 'grad_fn') {
    return atom(`${t.use('gs_next_functions')}(${expr(t, e.object.object).s})`);
  }
  const how = ATTRIBUTES[e.name.toLowerCase()];
  if (how === undefined) return t.fail(`the attribute .${e.name} is not translated`);
  const object = at(expr(t, e.object), PREC.atom);
  if (e.name.toLowerCase() === 'grad_fn') t.use('gs_grad_fn');
  if (e.name.toLowerCase() !== 'grad') return atom(how(object));
  // x.grad is what every backward root in the book leaves (SPEC §5): the roots are filled in once all are known.
  t.readsGrad = true;
  t.showsGradient = true;
  return atom(`${t.use('gs_dot_grad')}(${object}, ${ROOTS})`);
}

function indexPart(t: Translation, part: IndexPart): string {
  if (part.kind === 'slice') {
    const side = (x: Expr | null): string => (x === null ? '' : expr(t, x, 'int').s);
    return `${side(part.start)}:${side(part.stop)}${part.step === null ? '' : `:${side(part.step)}`}`;
  }
  if (literalNumber(part.expr) !== null || part.expr.type === 'list') return expr(t, part.expr, 'int').s;
  return `${t.use('gs_index')}(${expr(t, part.expr).s})`;
}
