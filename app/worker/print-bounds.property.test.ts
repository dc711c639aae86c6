// Random deeply nested and widely shared tuples, and tensors of high rank, through every printer:
// none throws, and each prints within its bound (issue 10: values too deep or too big to print).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellError, isError } from '../../engine/errors';
import { limits } from '../../engine/limits';
import { MAX_RANK, shapeLimitError } from '../../engine/shape';
import { Tensor } from '../../engine/tensor';
import { type CellValue, EMPTY, MAX_TUPLE_DEPTH, MAX_TUPLE_VALUES, text, tuple } from '../../engine/value';
import { writeCellsText } from '../../cli/cells-text';
import { Workbook } from '../../formula/book';
import { cellJSON } from '../../formula/cell-json';
import { inspectCell } from '../../formula/inspect';
import { sameValue } from '../../formula/same-value';
import { REPR_TEXT_LIMIT, torchRepr } from '../../formula/torch-repr';
import { cellView } from './cell-view';

const MAX_ELEMENTS = 4096;
let saved = 0;
beforeAll(() => {
  saved = limits.maxElements;
  limits.maxElements = MAX_ELEMENTS;
});
afterAll(() => {
  limits.maxElements = saved;
});

/** A tensor of up to MAX_RANK dims, mostly of size 1, some 2 or 0. */
const tensors = fc.array(fc.constantFrom<number>(1, 1, 1, 2, 0), { maxLength: MAX_RANK }).map((shape) => {
  // As the engine makes them: a shape past the limits is refused where it is made.
  if (shapeLimitError('test', shape, MAX_ELEMENTS)) shape = shape.map((d) => Math.min(d, 1));
  const n = shape.reduce((a, b) => a * b, 1);
  return new Tensor(
    Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? NaN : i / 3)),
    shape,
  );
});
const leaves: fc.Arbitrary<CellValue> = fc.oneof(
  tensors,
  fc.string().map(text),
  fc.constant(EMPTY),
  fc.constant(cellError('#VALUE!', 'bad')),
);

/** Steps that build a value from a pool of earlier ones: tuples of picks (sharing them), or wrapping the last one. */
const steps = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('pick' as const), picks: fc.array(fc.nat(), { maxLength: 4 }) }),
    fc.record({ kind: fc.constant('wrap' as const), times: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ kind: fc.constant('double' as const), times: fc.integer({ min: 1, max: 30 }) }),
  ),
  { maxLength: 12 },
);

function build(seed: CellValue[], plan: { kind: 'pick' | 'wrap' | 'double'; picks?: number[]; times?: number }[]): CellValue[] {
  const pool = [...seed];
  for (const step of plan) {
    let v: CellValue = pool[pool.length - 1];
    if (step.kind === 'pick') v = tuple((step.picks ?? []).map((i) => pool[i % pool.length]));
    else if (step.kind === 'wrap') for (let i = 0; i < step.times! && !isError(v); i++) v = tuple([v]);
    else for (let i = 0; i < step.times! && !isError(v); i++) v = tuple([v, v]);
    pool.push(v);
  }
  return pool;
}

/** Every printer at once; the sizes say what each printed. */
function printAll(v: CellValue) {
  const json = JSON.stringify(cellJSON(v));
  let cli = 0;
  writeCellsText([['A1', v]], (chunk) => (cli += chunk.length + 1));
  const repr = torchRepr(v);
  const view = cellView(v);
  expect(sameValue(v, v)).toBe(true);
  expect(typeof sameValue(v, EMPTY)).toBe('boolean');
  return { json: json.length, cli, repr: repr.length, view: view.text.length };
}

describe('printing any value', () => {
  it('never throws and stays within bounds, however nested, shared or high-rank', () => {
    fc.assert(
      fc.property(fc.array(leaves, { minLength: 1, maxLength: 4 }), steps, (seed, plan) => {
        for (const v of build(seed, plan)) {
          if (v.kind === 'tuple') {
            expect(v.depth).toBeLessThanOrEqual(MAX_TUPLE_DEPTH);
            expect(v.count).toBeLessThanOrEqual(MAX_TUPLE_VALUES);
            expect(v.weight).toBeLessThanOrEqual(MAX_ELEMENTS);
          }
          const sizes = printAll(v);
          // Per value printed: its JSON fields and a shape of up to 64 dims; per element a number.
          const leavesOf = v.kind === 'tuple' ? v.count : 1;
          expect(sizes.json).toBeLessThan(400 * (leavesOf + 1) + 30 * MAX_ELEMENTS + 20 * MAX_TUPLE_DEPTH);
          expect(sizes.repr).toBeLessThan(REPR_TEXT_LIMIT + 20_000);
          // A tuple shows 80 characters; a tensor six elements inside its brackets.
          expect(sizes.view).toBeLessThanOrEqual(v.kind === 'tuple' ? 80 : 2 * MAX_RANK + 6 * 30);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never throws from get, or the inspector, for formulas that build such values', () => {
    const formulas = fc.oneof(
      fc.integer({ min: 0, max: 6000 }).map((n) => `=ones(ones(${n}))`),
      fc.integer({ min: 0, max: 100 }).map((n) => `=zeros(${n}, ${n * 1000}, 0)`),
      fc.integer({ min: 1, max: 2000 }).map((n) => `=repeat(${n}, 1, t => tuple(t))`),
      fc.integer({ min: 1, max: 60 }).map((n) => `=repeat(${n}, ones(2), t => tuple(t, t, 1))`),
      fc.integer({ min: 1, max: 80 }).map((n) => `=repeat(${n}, ones(1), t => t.unsqueeze(0))`),
      fc.integer({ min: 60, max: 70 }).map((n) => `=[ones(ones(${n}))]`),
    );
    fc.assert(
      fc.property(formulas, (f) => {
        const b = new Workbook();
        b.set('A1', f);
        const j = b.get('A1');
        expect(JSON.stringify(j).length).toBeLessThan(2 << 20);
        expect(inspectCell(b, 'Sheet1!A1')).not.toBeNull();
        printAll(b.value('A1'));
      }),
      { numRuns: 60 },
    );
  });
});
