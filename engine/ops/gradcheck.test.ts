// Central differences in float64 against every op's backward, first and second order, from one table.

import { describe, expect, it } from 'vitest';
import { vjp } from '../autograd';
import { isError } from '../errors';
import { call, run } from '../op';
import { type Shape, sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { makeRandom } from '../random';
import { OPS } from './index';
import { GRADCHECK_ROWS } from './gradcheck-rows';
import type { GradRow } from './gradcheck-table';
import { mul } from './mul';
import { sum } from './sum';
import { add } from './add';

const leaf = (data: Float64Array, shape: Shape): Tensor => new Tensor(data, shape);

function drawInputs(row: GradRow, shapes: readonly Shape[], random: () => number): Tensor[] {
  return shapes.map((shape, i) => {
    const made = row.make?.(i, shape, random);
    if (made) return made;
    const dom = row.domain;
    const [lo, hi] = (dom && Array.isArray(dom[0]) ? (dom as readonly (readonly [number, number])[])[i] : (dom as readonly [number, number] | undefined)) ?? [-2, 2];
    const data = new Float64Array(sizeOf(shape));
    for (let k = 0; k < data.length; k++) data[k] = lo + (hi - lo) * random();
    return leaf(data, shape);
  });
}

const total = (t: Tensor): Tensor => run(sum, [t], { dims: null, keepdim: false });

/** sum(op(inputs) * w): a scalar whose gradient is the vjp with upstream w. */
function objective(row: GradRow, inputs: readonly Tensor[], w: Tensor): Tensor {
  const out = call(row.op, inputs, row.attrs);
  if (isError(out)) throw new Error(`${row.op.name}: ${out.message}`);
  return total(run(mul, [out, w]));
}

function gradsOf(y: Tensor, xs: readonly Tensor[]): Tensor[] {
  const g = vjp(y, xs, leaf(Float64Array.of(1), []));
  if (isError(g)) throw new Error(g.message);
  return g;
}

/** Central difference of the scalar f at each element of input i. */
function numericGrad(f: (xs: Tensor[]) => number, inputs: Tensor[], i: number, h: number): Float64Array {
  const x = inputs[i];
  const out = new Float64Array(x.size);
  for (let k = 0; k < x.size; k++) {
    const at = (delta: number): number => {
      const d = x.data.slice();
      d[k] += delta;
      const xs = inputs.slice();
      xs[i] = leaf(d, x.shape);
      return f(xs);
    };
    out[k] = (at(h) - at(-h)) / (2 * h);
  }
  return out;
}

function expectClose(got: Float64Array, want: Float64Array, tol: number, what: string): void {
  expect(got.length, what).toBe(want.length);
  for (let k = 0; k < got.length; k++) {
    const ok = Math.abs(got[k] - want[k]) <= tol * (1 + Math.abs(want[k]));
    if (!ok) expect.fail(`${what}[${k}]: analytic ${got[k]}, numeric ${want[k]}`);
  }
}


/** First- and second-order check of one row at one list of input shapes. */
function checkRow(row: GradRow, shapes: readonly Shape[], c: number): void {
  const random = makeRandom(c, row.op.name.length, row.op.name.charCodeAt(0));
  const inputs = drawInputs(row, shapes, random);
  const outShape = (call(row.op, inputs, row.attrs) as Tensor).shape;
  const w = drawInputs({ op: row.op, shapes: [] }, [outShape], random)[0];
  const tol = row.tol ?? 1e-5;
  const varying = inputs.map((_, i) => i).filter((i) => !(row.constant ?? []).includes(i));
  const f = (xs: Tensor[]): number => objective(row, xs, w).data[0];
  const analytic = gradsOf(objective(row, inputs, w), varying.map((i) => inputs[i]));
  varying.forEach((i, j) => expectClose(analytic[j].data, numericGrad(f, inputs, i, 1e-6), tol, `d/dx${i}`));
  if ((row.order ?? 2) < 2) return;
  // Second order: the gradient of sum_i <grad_i, u_i> against differences of the analytic gradient.
  const us = varying.map((i) => drawInputs({ op: row.op, shapes: [] }, [inputs[i].shape], random)[0]);
  const inner = (xs: Tensor[]): Tensor => {
    const gs = gradsOf(objective(row, xs, w), varying.map((i) => xs[i]));
    return gs.map((g, j) => total(run(mul, [g, us[j]]))).reduce((a, b) => run(add, [a, b]));
  };
  const second = gradsOf(inner(inputs), varying.map((i) => inputs[i]));
  varying.forEach((i, j) => expectClose(second[j].data, numericGrad((xs) => inner(xs).data[0], inputs, i, 1e-5), tol * 10, `d2/dx${i}`));
}

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

describe('gradcheck', () => {
  it('has a row for every op', () => {
    const covered = new Set(GRADCHECK_ROWS.map((r) => r.op.name));
    expect(OPS.filter((o) => !covered.has(o.name)).map((o) => o.name)).toEqual([]);
  });

  describe('on random shapes that broadcast', () => {
    for (const name of BROADCASTING_OPS) {
      // The op's first row with every input varying gives its domain; `where` keeps its condition constant.
      const row = GRADCHECK_ROWS.find((r): r is GradRow => r.op.name === name && !('noGrad' in r) && (r.constant ?? []).length === (name === 'where' ? 1 : 0))!;
      it(`${name} has a row to draw from`, () => expect(row).toBeDefined());
      const random = makeRandom(name.length, name.charCodeAt(1));
      for (let k = 0; k < 6; k++) {
        const shapes = broadcastingShapes(random, row.op.name === 'where' ? 3 : 2);
        it(`${name} ${shapes.map((sh) => `[${sh.join(',')}]`).join(' ')}`, () => checkRow(row, shapes, 100 + k));
      }
    }
  });

  for (const row of GRADCHECK_ROWS) {
    if ('noGrad' in row) {
      it(`${row.op.name} has no derivative`, () => expect(row.op.backward).toBeUndefined());
      continue;
    }
    row.shapes.forEach((shapes, c) => {
      it(`${row.op.name} ${shapes.map((sh) => `[${sh.join(',')}]`).join(' ')}`, () => checkRow(row, shapes, c));
    });
  }
});
