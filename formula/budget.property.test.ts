// A property over the whole registry: random formulas built from every function, run under a small
// budget, never throw, never hold more than the memory budget plus one allocation, and leave the
// workbook usable.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENSOR_OVERHEAD } from '../engine/budget';
import { type Limits, limits, setLimits } from '../engine/limits';
import { Workbook } from './book';
import { FUNCTIONS } from './functions/index';

const SMALL: Partial<Limits> = { maxElements: 4096, maxMemory: 20_000, maxSteps: 5_000, maxMillis: 2_000, maxIterations: 1_000 };
let saved: Limits;
beforeAll(() => (saved = setLimits(SMALL)));
afterAll(() => setLimits(saved));

const names = FUNCTIONS.map((f) => f.name);

/** Formulas as text: numbers, tensors, cell references, lambdas, loops and calls of any registry function. */
const formula: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      '1',
      '-2.5',
      '0',
      'true',
      '"text"',
      'A1',
      'A2',
      'A3',
      'y',
      '[1, 2, 3]',
      '[[1, 2], [3, 4]]',
      'ones(64, 64)',
      'arange(100)',
      'ones(3, requires_grad=true)',
    ),
    fc.tuple(fc.constantFrom(...names), fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(fc.constantFrom('+', '*', '-', '/', '@', '**'), tie('expr'), tie('expr')).map(([op, a, b]) => `(${a} ${op} ${b})`),
    fc
      .tuple(fc.integer({ min: 0, max: 100_000 }), tie('expr'), tie('expr'))
      .map(([n, init, body]) => `repeat(${n}, ${init}, y => ${body})`),
    fc.tuple(tie('expr'), tie('expr')).map(([init, body]) => `while(${init}, y => true, y => ${body})`),
    fc.tuple(tie('expr'), tie('expr')).map(([y, v]) => `grad(${y}, A1, ${v})`),
  ),
})).expr;

describe('formulas from the whole registry under a small budget', () => {
  it('never throw, hold at most the budget and one allocation, and leave the workbook usable', () => {
    const book = new Workbook();
    book.setMany([
      ['A1', '2'],
      ['A2', '=ones(3, requires_grad=true)'],
      ['A3', '=arange(6).reshape(2, 3)'],
    ]);
    const allowed = limits.maxMemory + limits.maxElements + TENSOR_OVERHEAD;
    fc.assert(
      fc.property(formula, (f) => {
        book.set('B1', `=${f}`);
        const json = book.get('B1');
        expect(['tensor', 'bool', 'text', 'tuple', 'function', 'error', 'empty']).toContain(json.kind);
        if (json.kind === 'error') expect(json.message.length).toBeGreaterThan(0);
        expect(book.memoryHeld).toBeLessThanOrEqual(allowed);
        book.set('C1', '=A1 + 1');
        expect(book.get('C1')).toMatchObject({ value: 3 });
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
