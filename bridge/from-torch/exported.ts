// Owns reading back a script Gradsheet wrote (bridge/to-torch.ts), so from-torch(to-torch(book)) computes what
// book computes (SPEC §13): its fenced helper and output blocks are Gradsheet's, not the computation, and each
// `gs_<fn>(...)` helper stands for the sheet function it was written for (`gs_grad` is `grad`, `gs_dot_grad(x, …)`
// is `x.grad`); a seeded generator `torch.Generator().manual_seed(S)` is the draw's `seed=S`.

import { HELPERS_BEGIN, HELPERS_END } from '../to-torch/helpers';
import { OUTPUT_BEGIN, OUTPUT_END } from '../to-torch';
import type { Keyword, PyExpr } from './python-ast';

/**
 * The script with Gradsheet's own fenced blocks blanked (every character but line breaks a space, so lines and
 * offsets stay where they were); a script without them is returned as it is.
 */
export function withoutExportBlocks(text: string): string {
  let out = text;
  for (const [begin, end] of [
    [HELPERS_BEGIN, HELPERS_END],
    [OUTPUT_BEGIN, OUTPUT_END],
  ]) {
    const from = out.indexOf(begin);
    const to = from < 0 ? -1 : out.indexOf(end, from);
    if (from < 0 || to < 0) continue;
    const stop = to + end.length;
    out = out.slice(0, from) + out.slice(from, stop).replace(/[^\n]/g, ' ') + out.slice(stop);
  }
  // In a Gradsheet export, the comment quoting each cell's formula above its statement is the source line already.
  return out === text ? text : out.replace(/^# [^\n]*![A-Z]+[0-9]+: [^\n]*$/gm, (line) => ' '.repeat(line.length));
}

/** What the printer lends: an expression's formula text, and a refusal. */
export interface ExportPrinter {
  text(e: PyExpr): string;
  fail(reason: string): string;
}

/** Helpers that are the sheet function of the same name with the same arguments. */
const SAME = new Set(['grad', 'backward', 'repeat', 'while', 'customgrad', 'clip_grad_norm', 'clip_grad_value', 'train']);

/** `gs_<fn>(...)` as formula text, or null when `id` is none of Gradsheet's helpers. */
export function exportedHelperCall(id: string, args: PyExpr[], kwargs: Keyword[], p: ExportPrinter): string | null {
  if (!id.startsWith('gs_')) return null;
  const fn = id.slice(3);
  const all = (): string => [...args.map((a) => p.text(a)), ...kwargs.map((k) => `${k.name}=${p.text(k.value)}`)].join(', ');
  const first = (): string => (args.length > 0 ? p.text(args[0]) : p.fail(`${id} needs an argument`));
  if (SAME.has(fn))
    return `${
      fn === 'while' && args.length > 3
        ? `while(${args
            .slice(0, 3)
            .map((a) => p.text(a))
            .join(', ')}`
        : `${fn}(${all()}`
    })`;
  switch (fn) {
    case 'dot_grad':
      return `${first()}.grad`;
    case 'no_grad':
    case 'enable_grad': {
      const thunk = args[0];
      if (thunk?.k !== 'lambda' || thunk.params.length !== 0) return p.fail(`${id} takes a lambda of no arguments`);
      return `${fn}(${p.text(thunk.body)})`;
    }
    case 'watch':
    case 'index':
      return first();
    case 'class_target':
      return args.length > 1 ? p.text(args[1]) : p.fail(`${id} needs a target`);
    case 'draw': {
      const path = dottedPath(args[0]);
      if (path === null) return p.fail(`${id} needs the draw function`);
      return `${path}(${[...args.slice(1).map((a) => p.text(a)), ...kwargs.map((k) => `${k.name}=${p.text(k.value)}`)].join(', ')})`;
    }
    case 'grad_fn':
      return `${first()}.grad_fn`;
    case 'next_functions':
      return `${first()}.grad_fn.next_functions`;
    default:
      return null;
  }
}

/** `torch.randn` and the like as text, or null for anything but a dotted chain of names. */
function dottedPath(e: PyExpr | undefined): string | null {
  const parts: string[] = [];
  let at = e;
  while (at?.k === 'attr') {
    parts.unshift(at.name);
    at = at.obj;
  }
  return at?.k === 'name' ? [at.id, ...parts].join('.') : null;
}

/** The seed of `generator=torch.Generator().manual_seed(S)`, as formula text; null for any other generator. */
export function generatorSeed(value: PyExpr, p: ExportPrinter): string | null {
  if (value.k !== 'call' || value.args.length !== 1 || value.fn.k !== 'attr' || value.fn.name !== 'manual_seed') return null;
  const made = value.fn.obj;
  const isGenerator =
    made.k === 'call' &&
    made.args.length === 0 &&
    made.fn.k === 'attr' &&
    made.fn.name === 'Generator' &&
    made.fn.obj.k === 'name' &&
    made.fn.obj.id === 'torch';
  return isGenerator ? p.text(value.args[0]) : null;
}

/** A draw's `generator=torch.Generator().manual_seed(S)` (how Gradsheet writes seed=S): S and the other keywords. */
export function seededDraw(kwargs: Keyword[], p: ExportPrinter): { seed: string; rest: Keyword[] } | null {
  const generator = kwargs.find((k) => k.name === 'generator');
  const seed = generator === undefined ? null : generatorSeed(generator.value, p);
  return seed === null ? null : { seed, rest: kwargs.filter((k) => k !== generator) };
}
