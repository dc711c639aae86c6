import { describe, expect, it } from 'vitest';
import { cellError } from '../../engine/errors';
import { filled, scalar } from '../../engine/tensor';
import { type CellValue, tuple } from '../../engine/value';
import { cellView, heldView, safeCellView } from './cell-view';

describe('cellView', () => {
  it('shows a tuple nested 100,000 deep in a few steps, cut at 80 characters', () => {
    let t: CellValue = scalar(1);
    for (let i = 0; i < 100_000; i++) t = tuple([t]);
    const view = cellView(t);
    expect(view).toMatchObject({ kind: 'tuple', text: '('.repeat(80) });
  });

  it('shows a tuple whose leaves repeat 2^40 times (shared) without walking them all', () => {
    let t: CellValue = scalar(1);
    for (let i = 0; i < 40; i++) t = tuple([t, t]);
    const started = performance.now();
    expect(cellView(t).text).toBe(`${'('.repeat(40)}1, 1), (1, 1)), ((1, 1), (1, 1))), (((1, 1), (1, 1)), ((1`.slice(0, 80));
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('writes a small tuple as before', () => {
    expect(cellView(tuple([scalar(2), tuple([filled([2], 3), { kind: 'text', value: 'a' }])])).text).toBe('(2, ([3, 3], a))');
  });

  it('shows a rank-5000 tensor', () => {
    const view = cellView(filled(new Array(5000).fill(1), 1));
    expect(view.kind).toBe('tensor');
    expect(view.text).toBe(`${'['.repeat(5000)}1${']'.repeat(5000)}`);
    expect(view.shape).toHaveLength(5000);
  });
});

describe('safeCellView', () => {
  it('turns a value that cannot be shown into that cell\'s error', () => {
    const broken = new Proxy({ kind: 'text' }, { get: (target, key) => { if (key === 'value') throw new RangeError('Maximum call stack size exceeded'); return Reflect.get(target, key); } });
    expect(safeCellView(broken as CellValue, 'Sheet1!B1')).toEqual({
      kind: 'error',
      text: '#LIMIT!',
      error: { code: '#LIMIT!', message: 'this value was computed but it is too large or too deeply nested to show', origin: 'Sheet1!B1' },
    });
  });

  it('passes other values through', () => {
    expect(safeCellView(cellError('#VALUE!', 'no'), 'Sheet1!A1')).toMatchObject({ kind: 'error', text: '#VALUE!' });
  });

  it('holds a formula as its input', () => {
    expect(heldView('=1 + 1')).toMatchObject({ kind: 'held', text: '=1 + 1' });
  });
});
