// Central differences against every composite's backward (first and second order), through the same
// argument checking a formula's call gets.

import { describe, expect, it } from 'vitest';
import { isError } from '../../engine/errors';
import { OpFailure } from '../../engine/op';
import { checkGradients } from '../../engine/ops/gradcheck-run';
import { Tensor, isTensor, scalar } from '../../engine/tensor';
import { type CellValue, text } from '../../engine/value';
import { type ArgValue, bindArgs } from './coerce';
import { COMPOSITES } from './composites';
import { FUNCTIONS } from './index';
import type { CallContext, FunctionDef } from './types';

const CONTEXT: CallContext = { cell: 'gradcheck', random: () => 0.5, callFunction: (fn, args) => fn.call(args) };

/** A keyword argument as a formula writes it: text, a list of numbers, a number or a boolean. */
function keyword(v: unknown): CellValue {
  if (typeof v === 'string') return text(v);
  if (Array.isArray(v)) return new Tensor(Float64Array.from(v as number[]), [v.length]);
  return typeof v === 'boolean' ? new Tensor(Float64Array.of(v ? 1 : 0), [], 'bool') : scalar(Number(v));
}

/** `fn` called on tensors (positional) and keyword arguments, as a formula calls it. */
const calling = (fn: FunctionDef, kwargs: unknown) => (inputs: readonly Tensor[]) => {
  const args: ArgValue[] = [
    ...inputs.map((value) => ({ name: null, value })),
    ...Object.entries((kwargs ?? {}) as Record<string, unknown>).map(([name, v]) => ({ name, value: keyword(v) })),
  ];
  const bound = bindArgs(fn, args);
  if (isError(bound)) return bound;
  try {
    const out = fn.lower(bound.args, bound.kwargs, CONTEXT);
    if (isError(out) || isTensor(out)) return out;
    throw new Error(`${fn.name} gave a ${out.kind}, not a tensor`);
  } catch (e) {
    if (e instanceof OpFailure) return e.error;
    throw e;
  }
};

describe('composites', () => {
  it('are registered functions, each with at least one case to check', () => {
    const registered = new Set(FUNCTIONS.map((f) => f.name));
    expect(COMPOSITES.filter((r) => !registered.has(r.fn.name)).map((r) => r.fn.name)).toEqual([]);
    expect(COMPOSITES.filter((r) => r.grad.every((s) => s.shapes.length === 0)).map((r) => r.fn.name)).toEqual([]);
  });

  for (const { fn, grad } of COMPOSITES) {
    grad.forEach((spec, k) => {
      spec.shapes.forEach((shapes, c) => {
        const label = `${fn.name}${spec.attrs ? ` ${JSON.stringify(spec.attrs)}` : ''} ${shapes.map((sh) => `[${sh.join(',')}]`).join(' ')}`;
        it(label, () => checkGradients(fn.name, calling(fn, spec.attrs), spec, shapes, 10 * k + c));
      });
    });
  }
});
