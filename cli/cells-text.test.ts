import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellError } from '../engine/errors';
import { Tensor } from '../engine/tensor';
import { type CellValue, EMPTY, text, tuple } from '../engine/value';
import { Workbook } from '../formula/book';
import { cellJSON } from '../formula/cell-json';
import { writeCellsText } from './cells-text';

/** What the command line printed before: one JSON.stringify of every cell's JSON. */
const stringified = (cells: [string, CellValue][]) =>
  JSON.stringify({ cells: Object.fromEntries(cells.map(([k, v]) => [k, cellJSON(v)])) }, null, 2);

function written(cells: [string, CellValue][]): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeCellsText(cells, (chunk) => chunks.push(chunk));
  return { text: chunks.join('\n'), chunks };
}

const NUMBERS = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, NaN, Infinity, -Infinity, 1e21, 5e-324, 0.1));
// Up to 625 elements: both sides of the small-cell fast path.
const SHAPES = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 });
const tensors = SHAPES.chain((shape) => {
  const n = shape.reduce((a, b) => a * b, 1);
  return fc
    .tuple(fc.array(NUMBERS, { minLength: n, maxLength: n }), fc.boolean(), fc.boolean())
    .map(
      ([values, bool, grad]) =>
        new Tensor(
          Float64Array.from(bool ? values.map((x) => (x > 0 ? 1 : 0)) : values),
          shape,
          bool ? 'bool' : 'float64',
          grad && !bool,
          null,
          null,
          grad ? 'a note' : null,
        ),
    );
});
const leaves: fc.Arbitrary<CellValue> = fc.oneof(
  tensors,
  fc.string().map(text),
  fc.constant(EMPTY),
  fc.string().map((m) => cellError('#VALUE!', m, 'Sheet1!A1')),
  fc.constant<CellValue>({ kind: 'function', name: null, params: ['x', 'y'], call: () => EMPTY }),
);
const values = fc.letrec<{ value: CellValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaves,
    fc.array(tie('value'), { maxLength: 3 }).map((items) => tuple(items)),
  ),
})).value;

describe('writeCellsText', () => {
  it('writes exactly what JSON.stringify(…, null, 2) wrote, for any values', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string().map((k) => `Sheet1!${k}`),
            values,
          ),
          { maxLength: 4 },
        ),
        (cells) => {
          const unique = [...new Map(cells)];
          expect(written(unique).text).toBe(stringified(unique));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes one-number tensors with and without history as JSON.stringify does', () => {
    const book = new Workbook();
    book.set('A1', '=ones(1, requires_grad=True).sum() * -2');
    book.set('A2', '=0.1');
    book.set('A3', '=tensor(-0.0, requires_grad=True)');
    const cells: [string, CellValue][] = ['A1', 'A2', 'A3'].map((ref) => [ref, book.value(ref)]);
    expect(cellJSON(cells[0][1])).toMatchObject({ grad_fn: 'MulBackward0', requires_grad: true });
    expect(written(cells).text).toBe(stringified(cells));
  });

  it('writes a label `__proto__` as a key like any other', () => {
    const cells: [string, CellValue][] = [
      ['Sheet1!A1', text('a\nb')],
      ['__proto__', EMPTY],
    ];
    expect(JSON.parse(written(cells).text).cells).toEqual(
      JSON.parse('{"Sheet1!A1": {"kind": "text", "value": "a\\nb"}, "__proto__": {"kind": "empty"}}'),
    );
  });

  it('writes no cells as an empty object', () => {
    expect(written([]).text).toBe(stringified([]));
  });

  it('hands the text over in chunks of whole lines, each about a megabyte, never the whole text at once', () => {
    const n = 300_000;
    const big = new Tensor(
      Float64Array.from({ length: n }, (_, i) => i / 7),
      [3, n / 3],
    );
    const cells: [string, CellValue][] = [
      ['Sheet1!A1', big],
      ['Sheet1!A2', text('after')],
    ];
    const { text: all, chunks } = written(cells);
    expect(all).toBe(stringified(cells));
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      expect(c.length).toBeLessThan(2 << 20);
      expect(c.endsWith('\n')).toBe(false);
    }
  });

  it('writes a cell that fails to print as the #LIMIT! cellJSON gives it, and goes on', () => {
    const broken = {
      kind: 'tuple',
      depth: 1,
      count: 2,
      weight: 0,
      get items(): CellValue[] {
        throw new RangeError('boom');
      },
    } as CellValue;
    const cells: [string, CellValue][] = [
      ['A1', broken],
      ['A2', text('ok')],
    ];
    expect(written(cells).text).toBe(stringified(cells));
    expect(JSON.parse(written(cells).text).cells.A1).toMatchObject({
      code: '#LIMIT!',
      message: 'a tuple printing as 2 values could not be printed: RangeError: boom',
    });
  });
});
