import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRandom } from '../../random';
import { type Gemm, type GemmVariant, gemm, makeGemm } from './gemm';

const VARIANTS: GemmVariant[] = ['relaxed-simd', 'simd128'];
const EDGE_SIZES = [1, 2, 3, 5, 7, 17, 63, 65, 129];

/** An operand of `size` values in [-1, 1), drawn from `seed`. */
function values(size: number, seed: number): Float64Array {
  const random = makeRandom(seed, size);
  return Float64Array.from({ length: size }, () => 2 * random() - 1);
}

interface Product {
  n: number;
  k: number;
  m: number;
  aT?: boolean;
  bT?: boolean;
}

/** The naive triple loop, in ascending k, with Σ|a·b| per element: the scale of its rounding error. */
function naive(
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
  { n, k, m, aT = false, bT = false }: Product,
): { sum: Float64Array; scale: Float64Array } {
  const sum = new Float64Array(n * m);
  const scale = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      let t = 0;
      for (let p = 0; p < k; p++) {
        const x = a[ao + (aT ? p * n + i : i * k + p)] * b[bo + (bT ? j * k + p : p * m + j)];
        s += x;
        t += Math.abs(x);
      }
      sum[i * m + j] = s;
      scale[i * m + j] = t;
    }
  }
  return { sum, scale };
}

/**
 * Whether `got` is the naive sum up to rounding: any order of summation, fused or not, is within
 * k·u·Σ|a·b| of the exact sum (u = 2⁻⁵³), so the two are within 2·k·u·Σ|a·b| of each other.
 * Non-finite results must match exactly (NaN where the naive loop has NaN, the same infinities).
 */
function expectAgrees(got: Float64Array, want: { sum: Float64Array; scale: Float64Array }, k: number, what: string): void {
  for (let i = 0; i < got.length; i++) {
    const w = want.sum[i];
    const ok = Number.isFinite(w) ? Math.abs(got[i] - w) <= 2 * k * 2 ** -53 * want.scale[i] : Object.is(got[i], w);
    if (!ok) expect.fail(`${what}[${i}]: ${got[i]} against ${w}`);
  }
}

/** Multiplies a seeded product with `g` and checks it against the naive loop. */
function check(g: Gemm, p: Product, seed = 1): void {
  const a = values(p.n * p.k, seed);
  const b = values(p.k * p.m, seed + 1);
  const out = new Float64Array(p.n * p.m);
  g.multiply(a, 0, p.aT ?? false, b, 0, p.bT ?? false, out, 0, p.n, p.k, p.m);
  expectAgrees(out, naive(a, 0, b, 0, p), p.k, `${p.n}×${p.k}×${p.m}${p.aT ? ' aᵀ' : ''}${p.bT ? ' bᵀ' : ''}`);
}

const kernelOf = (variant: GemmVariant): Gemm => {
  const g = makeGemm(variant);
  if (g === null) throw new Error(`${variant} is not available (vitest.config.ts runs Node with relaxed SIMD enabled)`);
  return g;
};

describe.each(VARIANTS)('the %s kernel', (variant) => {
  const g = kernelOf(variant);

  it('compiles here', () => expect(g.variant).toBe(variant));

  it('agrees with the naive loop for every combination of edge sizes', () => {
    for (const n of EDGE_SIZES) for (const k of EDGE_SIZES) for (const m of EDGE_SIZES) check(g, { n, k, m });
  });

  it('reads transposed operands in place', () => {
    for (const [aT, bT] of [
      [true, false],
      [false, true],
      [true, true],
    ]) {
      for (const n of [1, 5, 65]) for (const k of [1, 7, 129]) for (const m of [2, 17, 63]) check(g, { n, k, m, aT, bT });
    }
  });

  it('crosses every cache block: k past 256, n past 96, m past 512, rows past one band of C', () => {
    for (const [aT, bT] of [
      [false, false],
      [true, true],
    ]) {
      check(g, { n: 193, k: 513, m: 67, aT, bT });
      check(g, { n: 9, k: 3, m: 1029, aT, bT });
      check(g, { n: 2100, k: 3, m: 513, aT, bT });
    }
  });

  it('writes only its own block of the output and reads only its own operands (batch items)', () => {
    const p = { n: 13, k: 21, m: 11 };
    const a = values(3 * p.n * p.k, 5);
    const b = values(2 * p.k * p.m, 6);
    const out = new Float64Array(3 * p.n * p.m).fill(-7);
    g.multiply(a, 2 * p.n * p.k, false, b, p.k * p.m, true, out, p.n * p.m, p.n, p.k, p.m);
    expectAgrees(out.subarray(p.n * p.m, 2 * p.n * p.m), naive(a, 2 * p.n * p.k, b, p.k * p.m, { ...p, bT: true }), p.k, 'item');
    expect([...out.subarray(0, p.n * p.m), ...out.subarray(2 * p.n * p.m)].every((x) => x === -7)).toBe(true);
  });

  it('gives the same result again after other products (memory is reused)', () => {
    check(g, { n: 40, k: 300, m: 40 }, 9);
    check(g, { n: 130, k: 2, m: 3 }, 10);
    check(g, { n: 40, k: 300, m: 40 }, 9);
  });

  it('propagates NaN and ±inf as the naive loop does', () => {
    const p = { n: 9, k: 6, m: 10 };
    const a = values(p.n * p.k, 7);
    const b = values(p.k * p.m, 8);
    a[0] = NaN; // row 0 of C is NaN
    a[1 * p.k + 2] = Infinity; // row 1: ±inf by the sign of b[2][j]
    a[2 * p.k + 3] = Infinity;
    a[2 * p.k + 4] = -Infinity; // row 2: ±inf, or NaN where both terms meet
    b[4 * p.m + 5] = 0; // inf · 0: NaN at [2][5]
    b[5 * p.m + 9] = -Infinity; // column 9: ±inf
    const out = new Float64Array(p.n * p.m);
    g.multiply(a, 0, false, b, 0, false, out, 0, p.n, p.k, p.m);
    const want = naive(a, 0, b, 0, p);
    expect(want.sum.filter(Number.isNaN).length).toBeGreaterThan(p.m);
    expect(want.sum.filter((x) => x === Infinity).length).toBeGreaterThan(0);
    expect(want.sum.filter((x) => x === -Infinity).length).toBeGreaterThan(0);
    expectAgrees(out, want, p.k, 'non-finite');
  });
});

describe('choosing a kernel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes relaxed SIMD where the runtime has it', () => expect(gemm()?.variant).toBe('relaxed-simd'));

  it('gives null, not an exception, without WebAssembly', () => {
    vi.stubGlobal('WebAssembly', undefined);
    expect(makeGemm('simd128')).toBeNull();
  });

  it('gives null when the runtime rejects the module', () => {
    vi.stubGlobal('WebAssembly', { ...WebAssembly, validate: () => false });
    expect(makeGemm('simd128')).toBeNull();
  });

  it('gives null when compiling or instantiating throws', () => {
    vi.stubGlobal('WebAssembly', {
      ...WebAssembly,
      validate: () => true,
      Module: class {
        constructor() {
          throw new Error('out of memory');
        }
      },
    });
    expect(makeGemm('relaxed-simd')).toBeNull();
  });
});
