// Correctly rounded log, sin and cos against 160-bit references (engine/torch-random-cases.py), and glibc's
// log1p against glibc itself at points that take each of its branches.

import { describe, expect, it } from 'vitest';
import { fma, glibcLog1p } from './glibc-log1p';
import { crCos, crLog, crSin } from './libm';
import cases from './torch-random-cases.json';

const num = (v: number | string): number => (v === '-Infinity' ? -Infinity : (v as number));

describe('correctly rounded log, sin, cos', () => {
  it('match the 160-bit references at every sample point', () => {
    const wrong = cases.libm.correctly_rounded.flatMap(([x, log, sin, cos]) => {
      const got = [crLog(x), crSin(x), crCos(x)];
      return got[0] === log && got[1] === sin && got[2] === cos ? [] : [`${x}: ${got.join(',')} != ${[log, sin, cos].join(',')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('disagree with V8 somewhere in those points (else this module would not be needed)', () => {
    const differs = cases.libm.correctly_rounded.filter(
      ([x, log, sin, cos]) => Math.log(x) !== log || Math.sin(x) !== sin || Math.cos(x) !== cos,
    );
    expect(differs.length).toBeGreaterThan(0);
  });

  it('keep special values and signs', () => {
    expect([crLog(0), crLog(-1), crLog(1), crLog(Infinity)]).toEqual([-Infinity, NaN, 0, Infinity]);
    expect(Object.is(crSin(-0), -0)).toBe(true);
    expect([crCos(0), crSin(Math.PI / 2), crCos(Math.PI)]).toEqual([1, 1, -1]);
    expect(crSin(-1)).toBe(-crSin(1));
    expect(crCos(-2)).toBe(crCos(2));
  });
});

describe('glibc log1p', () => {
  it("returns glibc's value bit for bit at every sample point", () => {
    const wrong = cases.libm.log1p.flatMap(([x, y]) =>
      glibcLog1p(x as number) === num(y) ? [] : [`${x}: ${glibcLog1p(x as number)} != ${y}`],
    );
    expect(wrong).toEqual([]);
  });

  it("differs from V8's Math.log1p at some of them", () => {
    expect(cases.libm.log1p.some(([x, y]) => Math.log1p(x as number) !== num(y))).toBe(true);
  });

  it('rounds a fused multiply-add once', () => {
    expect(fma(1 + 2 ** -30, 1 + 2 ** -30, -1)).toBe(2 ** -29 + 2 ** -60); // unfused: 2^-29
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17); // unfused: 0
    expect(fma(2, 3, 4)).toBe(10);
    expect(fma(1e308, 10, -Infinity)).toBe(-Infinity);
    expect(fma(-(2 ** 60), 2 ** 60, 2 ** 120)).toBe(0);
  });
});
