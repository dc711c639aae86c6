// Property tests of broadcasting: the shape rule against a plain reference, forward values against a
// naive index-by-index evaluation, and broadcast gradients summing back to each input's shape.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vjp } from './autograd';
import { isError } from './errors';
import { call } from './op';
import { mul } from './ops/mul';
import { broadcastShapes, sizeOf, stridesOf } from './shape';
import { Tensor } from './tensor';

/** numpy's rule, written the obvious way: pad with leading 1s, then each pair is equal or has a 1. */
function referenceBroadcast(a: number[], b: number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const pa = [...Array(n - a.length).fill(1), ...a];
  const pb = [...Array(n - b.length).fill(1), ...b];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (pa[i] !== pb[i] && pa[i] !== 1 && pb[i] !== 1) return null;
    out.push(pa[i] === 1 ? pb[i] : pa[i]);
  }
  return out;
}

/** The element of `t` that output index `idx` (of a broadcast shape) reads. */
function readBroadcast(t: Tensor, idx: number[]): number {
  const off = idx.length - t.rank;
  const st = stridesOf(t.shape);
  let k = 0;
  for (let d = 0; d < t.rank; d++) k += (t.shape[d] === 1 ? 0 : idx[d + off]) * st[d];
  return t.data[k];
}

const dim = fc.integer({ min: 1, max: 4 });
const shape = fc.array(dim, { maxLength: 4 });
/** Two shapes that broadcast: a target, and each side keeps a suffix with some dims set to 1. */
const compatible = shape.chain((target) =>
  fc.tuple(
    ...[0, 1].map(() =>
      fc
        .tuple(fc.integer({ min: 0, max: target.length }), fc.array(fc.boolean(), { minLength: target.length, maxLength: target.length }))
        .map(([drop, ones]) => target.slice(drop).map((n, i) => (ones[i + drop] ? 1 : n))),
    ),
  ),
);
const tensorOf = (s: number[], seed: number) =>
  new Tensor(
    Float64Array.from({ length: sizeOf(s) }, (_, i) => ((i * 7 + seed) % 11) - 5),
    s,
  );

describe('broadcasting', () => {
  it('the shape rule agrees with the reference for any two shapes', () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        const got = broadcastShapes('mul', a, b);
        const want = referenceBroadcast(a, b);
        if (want === null) expect(isError(got)).toBe(true);
        else expect(got).toEqual(want);
      }),
    );
  });

  it('forward values agree with naive indexing', () => {
    fc.assert(
      fc.property(compatible, ([sa, sb]) => {
        const a = tensorOf(sa, 1);
        const b = tensorOf(sb, 4);
        const out = call(mul, [a, b]) as Tensor;
        const idx = new Array<number>(out.rank).fill(0);
        for (let i = 0; i < out.size; i++) {
          expect(out.data[i]).toBe(readBroadcast(a, idx) * readBroadcast(b, idx));
          for (let d = out.rank - 1; d >= 0 && ++idx[d] === out.shape[d]; d--) idx[d] = 0;
        }
      }),
    );
  });

  it('gradients sum back to each input shape, counting the copies broadcast made', () => {
    fc.assert(
      fc.property(compatible, ([sa, sb]) => {
        const a = tensorOf(sa, 2);
        const b = new Tensor(new Float64Array(sizeOf(sb)).fill(1), sb);
        const out = call(mul, [a, b]) as Tensor;
        const [ga, gb] = vjp(out, [a, b], new Tensor(new Float64Array(out.size).fill(1), out.shape)) as Tensor[];
        expect(ga.shape).toEqual(sa);
        expect(gb.shape).toEqual(sb);
        // d/da of sum(a * 1) counts how many outputs each element of a reached.
        const copies = out.size / a.size;
        for (const g of ga.data) expect(g).toBe(copies);
      }),
    );
  });
});
