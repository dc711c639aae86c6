// Walks FUNCTIONS: unique names, every SPEC §4 name present, docs and torch names, and every example
// evaluated to its stated result.

import { describe, expect, it } from 'vitest';
import { Workbook } from '../book';
import { FUNCTIONS } from './index';

/** Every function SPEC §4 names (plus the autograd ones of §5 and §12's train). */
const SPEC_NAMES = `tensor ones zeros full eye arange linspace rand randn ones_like zeros_like full_like rand_like randn_like
neg abs sign exp log log1p sqrt square sin cos tan tanh sigmoid relu leaky_relu softplus gelu floor ceil round pow maximum minimum clamp where
sum mean prod max min amax amin argmax argmin norm var std logsumexp softmax log_softmax cumsum
reshape view flatten squeeze unsqueeze transpose permute cat stack broadcast_to numel shape item
matmul mm mv dot outer linear
mse_loss l1_loss smooth_l1_loss binary_cross_entropy binary_cross_entropy_with_logits cross_entropy nll_loss
if let while repeat tuple
grad backward jacobian hessian vjp jvp hvp vhp detach no_grad enable_grad requires_grad_ gradfn customgrad clip_grad_norm clip_grad_value
train`.split(/\s+/);

function close(got: unknown, want: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(got) && got.length === want.length && want.every((w, i) => close(got[i], w));
  if (typeof want === 'number' && typeof got === 'number') return Math.abs(got - want) <= 1e-9 + 1e-9 * Math.abs(want);
  return got === want;
}

describe('function registry', () => {
  it('has unique names', () => {
    const names = FUNCTIONS.map((f) => f.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('has every function the SPEC names', () => {
    const have = new Set(FUNCTIONS.map((f) => f.name.toLowerCase()));
    expect(SPEC_NAMES.filter((n) => !have.has(n))).toEqual([]);
  });

  it('documents each function, with its PyTorch equivalent and an example', () => {
    const missing = FUNCTIONS.filter((f) => !f.doc || !f.torch || f.examples.length === 0).map((f) => f.name);
    expect(missing).toEqual([]);
  });

  for (const f of FUNCTIONS) {
    it(`${f.name}: every example evaluates to its stated result`, () => {
      const book = new Workbook();
      book.setMany(f.examples.map((e, i) => [`A${i + 1}`, e.formula] as const));
      f.examples.forEach((e, i) => {
        const got = book.get(`A${i + 1}`);
        if (typeof e.result === 'string' && e.result.startsWith('#')) {
          expect(got.kind === 'error' ? got.code : got, e.formula).toBe(e.result);
        } else {
          const value = 'value' in got ? got.value : got;
          if (!close(value, e.result)) expect.fail(`${e.formula}: got ${JSON.stringify(got)}, expected ${JSON.stringify(e.result)}`);
        }
      });
    });
  }
});
