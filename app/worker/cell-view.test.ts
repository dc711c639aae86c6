import { describe, expect, it } from 'vitest';
import { Tensor } from '../../engine/tensor';
import { type CellValue, EMPTY, text, tuple } from '../../engine/value';
import { cellError } from '../../engine/errors';
import { cellView, heldView, safeCellView } from './cell-view';

const scalar = (x: number) => new Tensor(Float64Array.of(x), []);

describe('cellView of a tuple', () => {
  it('shows the items’ texts, nested, cut at 80 characters', () => {
    const fn: CellValue = { kind: 'function', name: null, params: ['x'], call: () => EMPTY };
    expect(cellView(tuple([scalar(1), tuple([new Tensor(Float64Array.of(2, 3), [2]), text('a')]), fn, EMPTY]))).toEqual({
      kind: 'tuple',
      text: '(1, ([2, 3], a), λ(x), )',
    });
    expect(cellView(tuple([text('x'.repeat(200))])).text).toBe(`(${'x'.repeat(79)}`);
  });

  it('stops early on a deep or widely shared tuple', () => {
    let deep: CellValue = scalar(1);
    for (let i = 0; i < 256; i++) deep = tuple([deep]);
    expect(cellView(deep).text).toBe('('.repeat(80));
    let wide: CellValue = new Tensor(new Float64Array(100), [10, 10]);
    for (let i = 0; i < 15; i++) wide = tuple([wide, wide]);
    const started = performance.now();
    expect(cellView(wide).text).toHaveLength(80);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('never throws: a value that cannot be shown is a #LIMIT! view', () => {
    const broken = {
      kind: 'tuple',
      depth: 1,
      count: 4,
      weight: 0,
      get items(): CellValue[] {
        throw new RangeError('boom');
      },
    } as CellValue;
    expect(cellView(broken)).toEqual({
      kind: 'error',
      text: '#LIMIT!',
      error: { code: '#LIMIT!', message: 'a tuple printing as 4 values could not be printed: RangeError: boom', origin: null },
    });
  });
});

describe('safeCellView', () => {
  it("turns a value that cannot be shown into that cell's error", () => {
    const broken = new Proxy(
      { kind: 'text' },
      {
        get: (target, key) => {
          if (key === 'value') throw new RangeError('Maximum call stack size exceeded');
          return Reflect.get(target, key);
        },
      },
    );
    expect(safeCellView(broken as CellValue, 'Sheet1!B1')).toMatchObject({
      kind: 'error',
      text: '#LIMIT!',
      error: { code: '#LIMIT!', origin: 'Sheet1!B1' },
    });
  });

  it('passes other values through', () => {
    expect(safeCellView(cellError('#VALUE!', 'no'), 'Sheet1!A1')).toMatchObject({ kind: 'error', text: '#VALUE!' });
  });

  it('holds a formula as its input', () => {
    expect(heldView('=1 + 1')).toMatchObject({ kind: 'held', text: '=1 + 1' });
  });
});
