// Owns PyTorch's CPU random numbers, bit for bit in float64: mt19937 seeded as torch.manual_seed seeds it,
// and what torch.rand, randn, randint and randperm make of its draws (ATen's DistributionsHelper.h,
// TransformationHelper.h, native/cpu/DistributionTemplates.h and TensorFactories.cpp, PyTorch 2).

import { glibcLog1p } from './glibc-log1p';
import { crCos, crLog, crSin } from './libm';

/** A source of uniform 32-bit words: mt19937, or (without a seed) words cut from a cell's stream. */
export type Words = () => number;

/**
 * PyTorch's CPU generator as `torch.manual_seed(seed)` leaves it: mt19937 (PyTorch keeps the low 32 bits of
 * the seed, negative seeds as two's complement, and initialises the state as the reference generator does),
 * and the spare normal that a small randn keeps for the next normal draw. A copy continues the same stream,
 * which is how a script's second draw after one manual_seed is reproduced (the `after=` keyword).
 */
export class TorchGenerator {
  /**
   * The sine of the last Box-Muller pair of a randn under 16 elements: PyTorch's normal_distribution makes
   * normals in pairs and returns this one first at the next call. manual_seed clears it.
   */
  spareNormal: number | null = null;

  private constructor(
    private readonly mt: Uint32Array,
    private next: number,
  ) {}

  static seeded(seed: number): TorchGenerator {
    const mt = new Uint32Array(624);
    mt[0] = torchSeed(seed);
    for (let i = 1; i < 624; i++) mt[i] = Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    return new TorchGenerator(mt, 624);
  }

  /** An independent generator in this one's state: drawing from either leaves the other as it was. */
  copy(): TorchGenerator {
    const g = new TorchGenerator(this.mt.slice(), this.next);
    g.spareNormal = this.spareNormal;
    return g;
  }

  /** The next tempered 32-bit word. */
  readonly words: Words = () => {
    if (this.next === 624) this.twist();
    let y = this.mt[this.next++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < 624; i++) {
      const y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff);
      mt[i] = mt[(i + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.next = 0;
  }
}

/** mt19937's words as `torch.manual_seed(seed)` leaves them. */
export function mt19937(seed: number): Words {
  return TorchGenerator.seeded(seed).words;
}

/** The 32 bits of state mt19937 starts from for a whole-number seed: the seed modulo 2^32. */
export function torchSeed(seed: number): number {
  return ((seed % 2 ** 32) + 2 ** 32) % 2 ** 32;
}

/** PyTorch's uniform double: random64() (the first word high) masked to 53 bits, times 2^-53. */
function uniform(words: Words): number {
  const hi = words() & 0x1fffff;
  return (hi * 2 ** 32 + words()) * 2 ** -53;
}

/** torch.rand: n uniforms in [0, 1). */
export function randInto(out: Float64Array, words: Words): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = uniform(words);
  return out;
}

/** Box-Muller on 16 uniforms in place, as normal_fill_16: the first 8 give radii, the last 8 angles. */
function boxMuller16(d: Float64Array, at: number): void {
  for (let j = at; j < at + 8; j++) {
    const radius = Math.sqrt(-2 * crLog(1 - d[j]));
    const theta = 2 * Math.PI * d[j + 8];
    d[j] = radius * crCos(theta);
    d[j + 8] = radius * crSin(theta);
  }
}

/**
 * torch.randn. From 16 elements on PyTorch's CPU kernel fills uniforms, transforms them 16 at a time and
 * redraws the last 16 when n is not a multiple of 16 (the spare normal is left alone); below 16 it draws
 * each element through normal_distribution, which returns the spare first and otherwise makes a pair,
 * keeping the sine as the next spare.
 */
export function randnInto(out: Float64Array, gen: TorchGenerator): Float64Array {
  const n = out.length;
  const words = gen.words;
  if (n >= 16) {
    randInto(out, words);
    for (let i = 0; i + 16 <= n; i += 16) boxMuller16(out, i);
    if (n % 16 !== 0) {
      for (let i = n - 16; i < n; i++) out[i] = uniform(words);
      boxMuller16(out, n - 16);
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    if (gen.spareNormal !== null) {
      out[i] = gen.spareNormal;
      gen.spareNormal = null;
      continue;
    }
    const u1 = uniform(words);
    const u2 = uniform(words);
    const r = Math.sqrt(-2 * glibcLog1p(-u2));
    const theta = 2 * Math.PI * u1;
    out[i] = r * crCos(theta);
    gen.spareNormal = r * crSin(theta);
  }
  return out;
}

/**
 * torch.randint(low, high): each value is one draw modulo high - low, plus low; the draw is one 32-bit
 * word, or random64() (two words, the first high) once the range reaches 2^32.
 */
export function randintInto(out: Float64Array, low: number, high: number, words: Words): Float64Array {
  const range = high - low;
  if (range < 2 ** 32) {
    for (let i = 0; i < out.length; i++) out[i] = (words() % range) + low;
    return out;
  }
  const big = BigInt(high) - BigInt(low);
  for (let i = 0; i < out.length; i++) {
    const draw = (BigInt(words()) << 32n) | BigInt(words());
    out[i] = Number((draw % big) + BigInt(low));
  }
  return out;
}

/**
 * torch.randperm(n): 0..n-1, then for each i < n - 1 a swap with i + (one word modulo n - i). PyTorch
 * switches to another shuffle from n = 2^32 / 20, far past the element limit.
 */
export function randpermInto(out: Float64Array, words: Words): Float64Array {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = 0; i < n - 1; i++) {
    const z = i + (words() % (n - i));
    const t = out[i];
    out[i] = out[z];
    out[z] = t;
  }
  return out;
}

/** Words for the unseeded functions: the top 32 bits of each uniform of a cell's stream. */
export function wordsFrom(random: () => number): Words {
  return () => Math.floor(random() * 2 ** 32);
}
