import { reduction } from '../kernels/loops';
import { type OpDef, run } from '../op';
import { sizeOf } from '../shape';
import { type Tensor, scalar } from '../tensor';
import { abs } from './abs';
import { add } from './add';
import { div } from './div';
import { mul } from './mul';
import { pow } from './pow';
import { nonEmptyReduction, normDims } from './reduce-dims';
import { reducedShape, tieShares } from '../kernels/reduce';
import { constant, keptForm, unreduce } from './backward-helpers';

/** What linalg_vector_norm takes: the order p (0, any p > 0, or ±Infinity) and the reduction. */
export interface NormAttrs {
  readonly ord: number;
  readonly dims: readonly number[] | null;
  readonly keepdim: boolean;
}

/** 1 where `t` is 0, else 0, as a constant. */
function zeroMask(t: Tensor): Tensor {
  return constant(
    Float64Array.from(t.data, (v) => Number(v === 0)),
    t.shape,
  );
}

/** sign(t) as a constant: the slope of |t|, 0 at 0 as in PyTorch. */
function signOf(t: Tensor): Tensor {
  return constant(
    Float64Array.from(t.data, (v) => Number(v > 0) - Number(v < 0)),
    t.shape,
  );
}

/**
 * The vector p-norm over `dims`: (sum |x|^p)^(1/p); max |x| for inf, min |x| for -inf, the count of
 * nonzeros for 0. A primitive because PyTorch defines the gradient at the zero vector as 0, where the
 * composite sqrt(sum(x²)) gives 0 · inf = NaN.
 */
export const linalg_vector_norm: OpDef<NormAttrs> = {
  name: 'linalg_vector_norm',
  gradFn: 'LinalgVectorNormBackward0',
  doc: 'Vector p-norm (2 by default) of all elements or over dims.',
  // The ±inf norms have no identity element, so like max they need something to reduce.
  shape: ([a], { ord, dims, keepdim }) => {
    if (Math.abs(ord) === Infinity) return nonEmptyReduction('norm', a, dims, keepdim);
    const ds = normDims('norm', dims, a.length);
    return Array.isArray(ds) ? reducedShape(a, ds, keepdim) : ds;
  },
  forward: ([a], { ord, dims }) => {
    const r = reduction(a.shape, normDims('norm', dims, a.rank) as number[], true);
    const t = r.target;
    const acc = new Float64Array(sizeOf(r.keptShape));
    const ad = a.data;
    if (Math.abs(ord) === Infinity) acc.fill(ord > 0 ? 0 : Infinity);
    for (let i = 0; i < ad.length; i++) {
      const v = Math.abs(ad[i]);
      const j = t[i];
      if (ord === Infinity) acc[j] = v > acc[j] || v !== v ? v : acc[j];
      else if (ord === -Infinity) acc[j] = v < acc[j] || v !== v ? v : acc[j];
      else if (ord === 0) acc[j] += Number(v !== 0);
      else if (ord === 1) acc[j] += v;
      else if (ord === 2) acc[j] += v * v;
      else acc[j] += v ** ord;
    }
    if (ord === 2) for (let j = 0; j < acc.length; j++) acc[j] = Math.sqrt(acc[j]);
    else if (ord !== 0 && ord !== 1 && Math.abs(ord) !== Infinity) for (let j = 0; j < acc.length; j++) acc[j] = acc[j] ** (1 / ord);
    return acc;
  },
  backward: ([a], out, g, { ord, dims }) => {
    const ds = normDims('norm', dims, a.rank) as number[];
    const up = unreduce(g, a.shape, ds);
    // Piecewise constant (p = 0) or piecewise linear (p = 1, ±inf): the slope is a constant.
    if (ord === 0) return [constant(new Float64Array(a.size), a.shape)];
    if (ord === 1) return [run(mul, [up, signOf(a)])];
    if (Math.abs(ord) === Infinity) {
      const shares = tieShares(constant(Float64Array.from(a.data, Math.abs), a.shape), out.data, ds);
      return [run(mul, [up, run(mul, [signOf(a), shares])])];
    }
    // sign(x) |x|^(p-1) / norm^(p-1), and 0 where the norm is 0. Adding 1 where the norm (or x) is 0
    // keeps every intermediate finite there, so no NaN leaks in through a masked-out inf.
    const norm = keptForm(out, a.shape, ds);
    const normZero = zeroMask(norm);
    const safeNorm = run(add, [norm, normZero]);
    const live = constant(
      Float64Array.from(normZero.data, (z) => 1 - z),
      norm.shape,
    );
    if (ord === 2) return [run(mul, [run(mul, [up, run(div, [a, safeNorm])]), live])];
    const scaled = run(mul, [signOf(a), run(pow, [run(add, [run(abs, [a]), zeroMask(a)]), scalar(ord - 1)])]);
    const scale = run(mul, [run(div, [up, run(pow, [safeNorm, scalar(ord - 1)])]), live]);
    return [run(mul, [scaled, scale])];
  },
};
