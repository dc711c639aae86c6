import { describe, expect, it } from 'vitest';
import { MemoryLedger, TENSOR_OVERHEAD, chargeMemory, chargeStep, costSince, metered } from './budget';
import { setLimits } from './limits';
import { run } from './op';
import { mul } from './ops/mul';
import { reshape } from './ops/reshape';
import { filled, nextSerial } from './tensor';
import { tuple } from './value';

describe('costSince', () => {
  it('counts what a value reaches of the tensors made since the mark: data once, views by their overhead', () => {
    const before = filled([10], 1);
    const mark = nextSerial();
    const a = run(mul, [before, before]);
    const view = run(reshape, [a], [2, 5]);
    expect(costSince(a, mark)).toBe(10 + TENSOR_OVERHEAD);
    expect(costSince(view, mark)).toBe(10 + 2 * TENSOR_OVERHEAD);
    expect(costSince(tuple([a, view, a]), mark)).toBe(10 + 2 * TENSOR_OVERHEAD);
    expect(costSince(before, mark)).toBe(0);
  });
});

describe('metered', () => {
  it('charges nothing outside a computation, and refuses what passes the memory budget inside one', () => {
    expect(chargeMemory('ones', 1e12)).toBeNull();
    const saved = setLimits({ maxMemory: 1000 });
    try {
      const value = metered(
        new MemoryLedger(),
        Date.now(),
        () => {
          expect(chargeMemory('ones', 500)).toBeNull();
          return chargeMemory('ones', 500)!;
        },
        null,
        null,
      );
      expect(value).toMatchObject({ code: '#LIMIT!', message: expect.stringMatching(/^ones: .*memory budget/) });
    } finally {
      setLimits(saved);
    }
  });

  it('keeps failing a spent step budget, so a computation unwinds at once', () => {
    const saved = setLimits({ maxSteps: 3 });
    try {
      metered(
        new MemoryLedger(),
        Date.now(),
        () => {
          for (let i = 0; i < 3; i++) expect(chargeStep('add')).toBeNull();
          const spent = chargeStep('add');
          expect(spent).toMatchObject({ code: '#LOOP!' });
          expect(chargeStep('mul')).toBe(spent);
          return filled([], 0);
        },
        null,
        null,
      );
      expect(chargeStep('add')).toBeNull();
    } finally {
      setLimits(saved);
    }
  });
});
