import { describe, expect, it } from 'vitest';
import { dragTarget, fillDrag, fillSelection } from './fill';

const size = { cols: 100, rows: 10_000 };
const inputs: Record<string, string> = { '0,0': '=B1*2', '1,0': '$A$1', '0,1': 'x' };
const inputAt = (col: number, row: number) => inputs[`${col},${row}`] ?? '';

describe('fill', () => {
  it('Ctrl+D copies the top row down the selection, shifting references', () => {
    expect(fillSelection({ top: 0, left: 0, bottom: 2, right: 1 }, 'down', inputAt, size)).toEqual({
      kind: 'inputs',
      rect: { top: 1, left: 0, bottom: 2, right: 1 },
      cells: [
        { col: 0, row: 1, input: '=B2*2' },
        { col: 1, row: 1, input: '$A$1' },
        { col: 0, row: 2, input: '=B3*2' },
        { col: 1, row: 2, input: '$A$1' },
      ],
    });
  });

  it('Ctrl+D on one row fills from the row above; on the first row there is nothing to fill from', () => {
    expect(fillSelection({ top: 1, left: 0, bottom: 1, right: 0 }, 'down', inputAt, size)).toMatchObject({
      cells: [{ col: 0, row: 1, input: '=B2*2' }],
    });
    expect(fillSelection({ top: 0, left: 0, bottom: 0, right: 0 }, 'down', inputAt, size)).toBeNull();
  });

  it('Ctrl+R copies the left column across', () => {
    expect(fillSelection({ top: 0, left: 0, bottom: 0, right: 2 }, 'right', inputAt, size)).toMatchObject({
      cells: [
        { col: 1, row: 0, input: '=C1*2' },
        { col: 2, row: 0, input: '=D1*2' },
      ],
    });
    expect(fillSelection({ top: 0, left: 1, bottom: 0, right: 1 }, 'right', inputAt, size)).toMatchObject({
      cells: [{ col: 1, input: '=C1*2' }],
    });
    expect(fillSelection({ top: 0, left: 0, bottom: 0, right: 0 }, 'right', inputAt, size)).toBeNull();
  });

  it('the fill handle fills below or to the right, whichever way the drag went further', () => {
    const sel = { top: 0, left: 0, bottom: 1, right: 0 };
    expect(dragTarget(sel, { col: 0, row: 4 })).toEqual({ top: 2, left: 0, bottom: 4, right: 0 });
    expect(dragTarget(sel, { col: 3, row: 2 })).toEqual({ top: 0, left: 1, bottom: 1, right: 3 });
    expect(dragTarget(sel, { col: 0, row: 1 })).toBeNull();
    expect(fillDrag(sel, { top: 2, left: 0, bottom: 4, right: 0 }, inputAt, size)).toMatchObject({
      cells: [
        { row: 2, input: '=B3*2' },
        { row: 3, input: 'x' },
        { row: 4, input: '=B5*2' },
      ],
    });
  });
});
