import { describe, expect, it } from 'vitest';
import { makeRandom } from '../../engine/random';
import { arangeLength, fillArange, fillLinspace, fma } from './ranges';

/** a * b + c rounded once, from exact integer arithmetic (values kept away from subnormals). */
function exactFma(a: number, b: number, c: number): number {
  const E = 140n;
  const scaled = (x: number, bits: bigint): bigint => {
    // x = m * 2^-bits exactly for the doubles drawn here (|x| >= 2^-60 with 53-bit mantissas).
    let m = x;
    for (let i = 0n; i < bits; i++) m *= 2;
    return BigInt(m);
  };
  const s = scaled(a, 70n) * scaled(b, 70n) + scaled(c, E);
  const neg = s < 0n;
  let mag = neg ? -s : s;
  const shift = Math.max(mag.toString(2).length - 53, 0);
  if (shift > 0) {
    const unit = 1n << BigInt(shift);
    const q = mag >> BigInt(shift);
    const r = mag - (q << BigInt(shift));
    const half = unit >> 1n;
    mag = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
  }
  const v = Number(mag) * 2 ** (shift - Number(E));
  return neg ? -v : v;
}

describe('fma', () => {
  it('rounds once, like a hardware fused multiply-add', () => {
    const random = makeRandom(7);
    for (let k = 0; k < 2000; k++) {
      const a = (random() - 0.5) * 2 ** Math.floor(random() * 20);
      const b = (random() - 0.5) * 2 ** Math.floor(random() * 20);
      const c = -a * b * (1 + (random() - 0.5) * 1e-10);
      expect(fma(a, b, c), `${a} * ${b} + ${c}`).toBe(exactFma(a, b, c));
    }
  });
  it('keeps what separate rounding loses: 12 * (1/6) - 2', () => expect(fma(-1 / 6, 12, 2)).toBe(2 ** -53));
});

describe('arange and linspace (golden, PyTorch float64)', () => {
  it('arange(1, 1.8, 0.1)', () => {
    expect(arangeLength(1, 1.8, 0.1)).toBe(8);
    expect(Array.from(fillArange(new Float64Array(8), 1, 0.1))).toEqual([1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.5999999999999999, 1.7]);
  });
  it('linspace(-2, 2, 25) at 6, 10, 12, 13 and the ends', () => {
    const v = fillLinspace(new Float64Array(25), -2, 2);
    expect([v[0], v[6], v[10], v[12], v[13], v[24]]).toEqual([
      -2, -1.0000000000000002, -0.3333333333333334, 1.1102230246251565e-16, 0.16666666666666677, 2,
    ]);
  });
  it('linspace with 1 and 0 steps', () => {
    expect(Array.from(fillLinspace(new Float64Array(1), 3, 5))).toEqual([3]);
    expect(fillLinspace(new Float64Array(0), 3, 5).length).toBe(0);
  });
});
