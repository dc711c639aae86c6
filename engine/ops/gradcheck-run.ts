// Owns the finite-difference check itself: draws a spec's inputs, then compares the first and second
// derivatives autograd gives a function of tensors with central differences in float64. The op table's
// check (engine/ops/gradcheck.test.ts) and the composites' (formula/functions/composites.test.ts) run it.

import { vjp } from '../autograd';
import { type CellError, isError } from '../errors';
import { run } from '../op';
import { makeRandom } from '../random';
import { type Shape, sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { add } from './add';
import { mul } from './mul';
import type { GradSpec } from './row';
import { sum } from './sum';

/** What is checked: a function of tensors (an op with its attrs, or a composite) and its inputs' spec. */
export type Checked = (inputs: readonly Tensor[]) => Tensor | CellError;

const leaf = (data: Float64Array, shape: Shape): Tensor => new Tensor(data, shape);

function drawInputs(spec: GradSpec, shapes: readonly Shape[], random: () => number): Tensor[] {
  return shapes.map((shape, i) => {
    const made = spec.make?.(i, shape, random);
    if (made) return made;
    const dom = spec.domain;
    const perInput = dom && Array.isArray(dom[0]) ? (dom as readonly (readonly [number, number])[])[i] : undefined;
    const [lo, hi] = perInput ?? (dom as readonly [number, number] | undefined) ?? [-2, 2];
    const data = new Float64Array(sizeOf(shape));
    for (let k = 0; k < data.length; k++) data[k] = lo + (hi - lo) * random();
    return leaf(data, shape);
  });
}

const total = (t: Tensor): Tensor => run(sum, [t], { dims: null, keepdim: false });

function value(f: Checked, inputs: readonly Tensor[], what: string): Tensor {
  const out = f(inputs);
  if (isError(out)) throw new Error(`${what}: ${out.message}`);
  return out;
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
  if (got.length !== want.length) throw new Error(`${what}: ${got.length} elements, expected ${want.length}`);
  for (let k = 0; k < got.length; k++) {
    if (!(Math.abs(got[k] - want[k]) <= tol * (1 + Math.abs(want[k]))))
      throw new Error(`${what}[${k}]: analytic ${got[k]}, numeric ${want[k]}`);
  }
}

/**
 * First- and second-order check of `f` at one list of input shapes; throws with what differs.
 * `seed` makes each (name, case) draw its own reproducible inputs.
 */
export function checkGradients(name: string, f: Checked, spec: GradSpec, shapes: readonly Shape[], seed: number): void {
  const random = makeRandom(seed, name.length, name.charCodeAt(0));
  const inputs = drawInputs(spec, shapes, random);
  const w = drawInputs({ shapes: [] }, [value(f, inputs, name).shape], random)[0];
  const objective = (xs: readonly Tensor[]): Tensor => total(run(mul, [value(f, xs, name), w]));
  const tol = spec.tol ?? 1e-5;
  const varying = inputs.map((_, i) => i).filter((i) => !(spec.constant ?? []).includes(i));
  const analytic = gradsOf(
    objective(inputs),
    varying.map((i) => inputs[i]),
  );
  varying.forEach((i, j) =>
    expectClose(
      analytic[j].data,
      numericGrad((xs) => objective(xs).data[0], inputs, i, 1e-6),
      tol,
      `${name} d/dx${i}`,
    ),
  );
  if ((spec.order ?? 2) < 2) return;
  // Second order: the gradient of sum_i <grad_i, u_i> against differences of the analytic gradient.
  const us = varying.map((i) => drawInputs({ shapes: [] }, [inputs[i].shape], random)[0]);
  const inner = (xs: Tensor[]): Tensor => {
    const gs = gradsOf(
      objective(xs),
      varying.map((i) => xs[i]),
    );
    return gs.map((g, j) => total(run(mul, [g, us[j]]))).reduce((a, b) => run(add, [a, b]));
  };
  const second = gradsOf(
    inner(inputs),
    varying.map((i) => inputs[i]),
  );
  varying.forEach((i, j) =>
    expectClose(
      second[j].data,
      numericGrad((xs) => inner(xs).data[0], inputs, i, 1e-5),
      tol * 10,
      `${name} d2/dx${i}`,
    ),
  );
}
