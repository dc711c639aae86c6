// The registry fuzz: every function of FUNCTIONS called, through the public Workbook API, with argument
// kinds it does not take (and with its own examples, one argument made awkward). Whatever the call, the
// cell ends in a value or an error with a code and a message, never a throw, within a small time, and the
// workbook still computes. The seed is fixed; GRADSHEET_FUZZ_RUNS=300 runs more cases per function when hunting.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Limits, setLimits } from '../../engine/limits';
import { Workbook } from '../book';
import { FUNCTIONS } from './index';
import { SETUP, fuzzCall, malformed, mutatedExample } from './registry-fuzz-test-helpers';

const RUNS = Number(process.env.GRADSHEET_FUZZ_RUNS ?? 20);
// A case is a parse and a few small tensors: far below this unless something loops or allocates without
// bound. Counted in CPU time, so that other processes on a busy machine do not make a case look slow.
const SLOW_MS = 1000;

const seedOf = (name: string): number => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

/** The cell's JSON after one edit, the CPU time the edit and the read took, and whether the workbook still computes. */
function run(formula: string): { json: ReturnType<Workbook['get']>; ms: number; usable: boolean } {
  const book = new Workbook();
  book.setMany(SETUP);
  const t0 = process.cpuUsage();
  book.set('B1', formula);
  const json = book.get('B1');
  const spent = process.cpuUsage(t0);
  const ms = (spent.user + spent.system) / 1000;
  book.set('C1', '=A6 * 2');
  const after = book.get('C1');
  return { json, ms, usable: after.kind === 'tensor' && JSON.stringify(after.value) === '[[2,4],[6,8]]' };
}

describe('every registry function, called with what it does not take', () => {
  let saved: Limits;
  // Small limits keep huge sizes and endless loops quick to refuse: what they refuse is the same.
  beforeAll(() => (saved = setLimits({ maxElements: 10_000, maxIterations: 1_000, maxSteps: 20_000, maxMemory: 100_000 })));
  afterAll(() => setLimits(saved));

  for (const def of FUNCTIONS) {
    it(def.name, () => {
      const examples = mutatedExample(def);
      const calls = examples === null ? fuzzCall(def) : fc.oneof(fuzzCall(def), examples);
      fc.assert(
        fc.property(calls, (formula) => {
          const { json, ms, usable } = run(formula);
          expect(malformed(json), `${formula} gave ${JSON.stringify(json).slice(0, 300)}`).toBeNull();
          expect(ms, `${formula} took ${ms.toFixed(0)} ms`).toBeLessThan(SLOW_MS);
          expect(usable, `the workbook stopped computing after ${formula}`).toBe(true);
        }),
        { numRuns: RUNS, seed: seedOf(def.name) },
      );
    });
  }

  it('the checks themselves reject a malformed outcome', () => {
    expect(malformed({ kind: 'error', code: '#VALUE!', message: '' })).toMatch(/without a message/);
    expect(malformed({ kind: 'error', code: '#OOPS!', message: 'x' })).toMatch(/unknown error code/);
    expect(malformed({ kind: 'error', code: '#VALUE!', message: 'f: got undefined' })).toMatch(/broken message/);
    expect(malformed({ kind: 'tensor', shape: [2], value: [1], requires_grad: false, grad_fn: null })).toMatch(/shape/);
    expect(
      malformed({ kind: 'tuple', items: [{ kind: 'tensor', shape: [2, 0], value: [], requires_grad: false, grad_fn: null }] }),
    ).toMatch(/shape/);
    expect(malformed({ kind: 'tensor', shape: [2, 0], value: [[], []], requires_grad: false, grad_fn: null })).toBeNull();
  });
});
