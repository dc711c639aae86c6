// Owns the `seed=` keyword of the random functions (SPEC §11): with it they draw what PyTorch's CPU generator
// draws after torch.manual_seed(seed), and `after=` continues that generator where an earlier seeded draw left it;
// without either, from the cell's stream (workbook seed and address).

import { type CellError, errors, isError } from '../../engine/errors';
import type { Tensor } from '../../engine/tensor';
import { randInto, randnInto, TorchGenerator, type Words, wordsFrom } from '../../engine/torch-random';
import { fillNormal, fillUniform } from './shape-args';
import type { CallContext, Coerced } from './types';

type Fill = (out: Float64Array) => void;

export const SEED = {
  name: 'seed',
  kind: 'int',
  default: null,
  doc: 'Draw exactly what torch.manual_seed(seed) followed by this call draws (float64).',
} as const;

export const AFTER = {
  name: 'after',
  kind: 'tensor',
  default: null,
  doc: "Continue PyTorch's generator where that draw (made with seed= or after=) left it: a script's next draw after one torch.manual_seed.",
} as const;

/** The keywords that choose PyTorch's generator. */
export interface GeneratorKeywords {
  seed: Coerced;
  after: Coerced;
}

/** How a random function fills its buffer, and PyTorch's generator it draws from (null: the cell's stream). */
export interface RandomDraw {
  fill: Fill;
  generator: TorchGenerator | null;
}

/** torch.manual_seed takes any integer that fits in 64 bits, signed or not. */
const SEED_MIN = -(2 ** 63);
const SEED_MAX = 2 ** 64;

/**
 * Where PyTorch's generator stood after each seeded draw: `after=` starts from a copy of it. Kept beside the
 * value, not on it, so a tensor costs nothing more; a draw the sheet no longer holds lets its state go.
 */
const STATE_AFTER = new WeakMap<Tensor, TorchGenerator>();

/** PyTorch's generator for `seed` or `after`, null without either, or the error for what PyTorch would refuse. */
function torchGenerator(fn: string, { seed, after }: GeneratorKeywords): TorchGenerator | null | CellError {
  if (seed !== null && after !== null)
    return errors.value(fn, 'seed= and after= exclude each other: seed= starts the generator afresh, after= continues it');
  if (after !== null) {
    const state = STATE_AFTER.get(after as Tensor);
    if (state === undefined)
      return errors.value(
        fn,
        "after= takes a tensor drawn with seed= or after= (it carries where PyTorch's generator stopped); this one was not",
      );
    return state.copy();
  }
  if (seed === null) return null;
  const s = seed as number;
  if (s < SEED_MIN || s >= SEED_MAX) return errors.value(fn, `seed must be within [-2**63, 2**64), got ${s}`);
  return TorchGenerator.seeded(s);
}

/** How rand and rand_like draw: PyTorch's uniforms for seed= or after=, else the cell's stream's. */
export function uniformDraw(fn: string, keywords: GeneratorKeywords, ctx: CallContext): RandomDraw | CellError {
  const generator = torchGenerator(fn, keywords);
  if (isError(generator)) return generator;
  if (generator === null) return { fill: (out) => fillUniform(out, ctx.random), generator };
  return { fill: (out) => randInto(out, generator.words), generator };
}

/** How randn and randn_like draw: PyTorch's normals for seed= or after=, else Box-Muller on the cell's stream. */
export function normalDraw(fn: string, keywords: GeneratorKeywords, ctx: CallContext): RandomDraw | CellError {
  const generator = torchGenerator(fn, keywords);
  if (isError(generator)) return generator;
  if (generator === null) return { fill: (out) => fillNormal(out, ctx.random), generator };
  return { fill: (out) => randnInto(out, generator), generator };
}

/** The words an integer-valued function draws from: PyTorch's for seed= or after=, else the cell's stream. */
export function wordsDraw(
  fn: string,
  keywords: GeneratorKeywords,
  ctx: CallContext,
): { words: Words; generator: TorchGenerator | null } | CellError {
  const generator = torchGenerator(fn, keywords);
  if (isError(generator)) return generator;
  return { words: generator?.words ?? wordsFrom(ctx.random), generator };
}

/** The result of a draw, which remembers where PyTorch's generator stopped for a later `after=`. */
export function drawn(result: Tensor | CellError, generator: TorchGenerator | null): Tensor | CellError {
  if (generator !== null && !isError(result)) STATE_AFTER.set(result, generator);
  return result;
}
