// Central differences in float64 against every op's backward, first and second order, from the op table.

import { describe, expect, it } from 'vitest';
import { type AnyOp, call } from '../op';
import { makeRandom } from '../random';
import type { Shape } from '../shape';
import type { Tensor } from '../tensor';
import { checkGradients } from './gradcheck-run';
import { OPS, OP_TABLE } from './index';
import { type GradSpec, NO_GRAD, gradSpecs } from './row';

const applied = (op: AnyOp, attrs: unknown) => (inputs: readonly Tensor[]) => call(op, inputs, attrs);

/** Random shapes that broadcast together: a target shape, and per input a suffix of it with some dims set to 1. */
function broadcastingShapes(random: () => number, inputs: number): Shape[] {
  const rank = Math.floor(random() * 4);
  const target = Array.from({ length: rank }, () => 1 + Math.floor(random() * 3));
  return Array.from({ length: inputs }, () => {
    const drop = Math.floor(random() * (rank + 1));
    return target.slice(drop).map((n) => (random() < 0.3 ? 1 : n));
  });
}

/** Ops that broadcast their inputs elementwise: checked again on random shapes, first and second order. */
const BROADCASTING_OPS = ['add', 'sub', 'mul', 'div', 'pow', 'maximum', 'minimum', 'where'];

const label = (shapes: readonly Shape[]): string => shapes.map((sh) => `[${sh.join(',')}]`).join(' ');

describe('gradcheck', () => {
  it('has one row, with a check or NO_GRAD, for every op', () => {
    const names = OPS.map((o) => o.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(OP_TABLE.filter((r) => r.grad !== NO_GRAD && gradSpecs(r).every((s) => s.shapes.length === 0)).map((r) => r.op.name)).toEqual(
      [],
    );
  });

  describe('on random shapes that broadcast', () => {
    for (const name of BROADCASTING_OPS) {
      // The op's first spec with every input varying gives its domain; `where` keeps its condition constant.
      const row = OP_TABLE.find((r) => r.op.name === name)!;
      const spec = gradSpecs(row).find((s: GradSpec) => (s.constant ?? []).length === (name === 'where' ? 1 : 0))!;
      it(`${name} has a spec to draw from`, () => expect(spec).toBeDefined());
      const random = makeRandom(name.length, name.charCodeAt(1));
      for (let k = 0; k < 6; k++) {
        const shapes = broadcastingShapes(random, name === 'where' ? 3 : 2);
        it(`${name} ${label(shapes)}`, () => checkGradients(name, applied(row.op, spec.attrs), spec, shapes, 100 + k));
      }
    }
  });

  for (const row of OP_TABLE) {
    if (row.grad === NO_GRAD) {
      it(`${row.op.name} has no derivative`, () => expect(row.op.backward).toBeUndefined());
      continue;
    }
    for (const spec of gradSpecs(row)) {
      spec.shapes.forEach((shapes, c) => {
        it(`${row.op.name} ${label(shapes)}`, () => checkGradients(row.op.name, applied(row.op, spec.attrs), spec, shapes, c));
      });
    }
  }
});

describe('the op table', () => {
  // Every OpDef an op file exports: an op written but left out of the table (so unchecked) fails here.
  const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });
  const isOp = (v: unknown): v is AnyOp => typeof v === 'object' && v !== null && 'forward' in v && 'shape' in v && 'gradFn' in v;
  it('lists every op an op file exports', () => {
    const registered = new Set(OPS);
    const missing = Object.entries(modules).flatMap(([file, m]) =>
      Object.values(m)
        .filter(isOp)
        .filter((op) => !registered.has(op))
        .map((op) => `${op.name} (${file})`),
    );
    expect(missing).toEqual([]);
  });
});
