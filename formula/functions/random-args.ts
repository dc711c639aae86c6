// Owns the `seed=` keyword of the random functions (SPEC §11): with it they draw what PyTorch's CPU generator
// draws after torch.manual_seed(seed); without it, from the cell's stream (workbook seed and address).

import { type CellError, errors, isError } from '../../engine/errors';
import { mt19937, randInto, randnInto, type Words, wordsFrom } from '../../engine/torch-random';
import { fillNormal, fillUniform } from './shape-args';
import type { CallContext, Coerced } from './types';

type Fill = (out: Float64Array) => void;

export const SEED = {
  name: 'seed',
  kind: 'int',
  default: null,
  doc: 'Draw exactly what torch.manual_seed(seed) followed by this call draws (float64).',
} as const;

/** torch.manual_seed takes any integer that fits in 64 bits, signed or not. */
const SEED_MIN = -(2 ** 63);
const SEED_MAX = 2 ** 64;

/** PyTorch's generator for `seed`, null without one, or the error for a seed PyTorch would refuse. */
function torchWords(fn: string, seed: Coerced): Words | null | CellError {
  if (seed === null) return null;
  const s = seed as number;
  if (s < SEED_MIN || s >= SEED_MAX) return errors.value(fn, `seed must be within [-2**63, 2**64), got ${s}`);
  return mt19937(s);
}

/** How rand and rand_like fill their buffer: PyTorch's uniforms for a seed, else the cell's stream's. */
export function uniformFill(fn: string, seed: Coerced, ctx: CallContext): Fill | CellError {
  const words = torchWords(fn, seed);
  if (words === null) return (out) => fillUniform(out, ctx.random);
  return isError(words) ? words : (out) => randInto(out, words);
}

/** How randn and randn_like fill their buffer: PyTorch's normals for a seed, else Box-Muller on the cell's stream. */
export function normalFill(fn: string, seed: Coerced, ctx: CallContext): Fill | CellError {
  const words = torchWords(fn, seed);
  if (words === null) return (out) => fillNormal(out, ctx.random);
  return isError(words) ? words : (out) => randnInto(out, words);
}

/** The words an integer-valued function draws from: PyTorch's for a seed, else the cell's stream. */
export function seededWords(fn: string, seed: Coerced, ctx: CallContext): Words | CellError {
  const words = torchWords(fn, seed);
  return words ?? wordsFrom(ctx.random);
}
