import { describe, expect, it } from 'vitest';
import { tensorOf } from '../../engine/tensor';
import type { WorkbookFile } from '../../storage/format';
import { emptyWorkbook } from '../state/document';
import { type CellView, cellView } from '../worker/cell-view';
import { SPILL_LIMIT } from '../worker/view-limits';
import { spillAreas, spilledAt, spilledText } from './spills';

const bookOf = (cells: WorkbookFile['sheets'][number]['cells']): WorkbookFile => ({
  ...emptyWorkbook(),
  sheets: [{ name: 'Sheet1', cells }],
});
const spilling = (input = '=x') => ({ input, format: { spill: true } });
const tensor = (shape: number[]) =>
  cellView(
    tensorOf(
      Float64Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i),
      shape,
    ),
  );

describe('spillAreas', () => {
  it('runs a 1-D tensor down a column and a 2-D one as rows × columns', () => {
    const views: Record<string, CellView> = { 'Sheet1!A1': tensor([4]), 'Sheet1!C1': tensor([2, 3]) };
    const { areas } = spillAreas(bookOf({ A1: spilling(), C1: spilling() }), 'Sheet1', (l) => views[l]);
    expect(areas.map((a) => [a.label, a.rows, a.cols, a.blocked])).toEqual([
      ['Sheet1!A1', 4, 1, null],
      ['Sheet1!C1', 2, 3, null],
    ]);
    expect(spilledText(spilledAt(areas, { col: 4, row: 1 })!)).toBe('5');
    expect(spilledAt(areas, { col: 1, row: 0 })).toBeNull();
  });
  it('blocks a later spill that would overlap an earlier one', () => {
    const views: Record<string, CellView> = { 'Sheet1!A1': tensor([3, 3]), 'Sheet1!B2': tensor([2]) };
    const { areas, notes } = spillAreas(bookOf({ A1: spilling(), B2: spilling() }), 'Sheet1', (l) => views[l]);
    expect(areas[0].blocked).toBe('cannot spill: B2 is not empty');
    // A1 is blocked by B2's input, so B2 spills.
    expect(areas[1].blocked).toBeNull();
    expect(notes.get('Sheet1!A1')?.text).toBe('cannot spill: B2 is not empty');
    // B1 runs down over B2; A2's row runs across B2: the later (in reading order) gives way.
    const crossing: Record<string, CellView> = { 'Sheet1!B1': tensor([3]), 'Sheet1!A2': tensor([1, 3]) };
    const overlap = spillAreas(bookOf({ B1: spilling(), A2: spilling() }), 'Sheet1', (l) => crossing[l]);
    expect(overlap.areas.map((a) => [a.label, a.blocked])).toEqual([
      ['Sheet1!B1', null],
      ['Sheet1!A2', "cannot spill: it would overlap B1's spill"],
    ]);
  });
  it('shows at most SPILL_LIMIT elements and a … edge past them', () => {
    // 200 × 100: 100 columns fit the grid, so SPILL_LIMIT / 100 rows are sent, then a row of … .
    const views: Record<string, CellView> = { 'Sheet1!A1': tensor([200, 100]) };
    const { areas } = spillAreas(bookOf({ A1: spilling() }), 'Sheet1', (l) => views[l]);
    const rows = SPILL_LIMIT / 100;
    expect([areas[0].rows, areas[0].cols, areas[0].block.rows, areas[0].block.data.length]).toEqual([rows + 1, 100, rows, SPILL_LIMIT]);
    expect(spilledText(spilledAt(areas, { col: 3, row: rows })!)).toBe('…');
    expect(spilledText(spilledAt(areas, { col: 3, row: rows - 1 })!)).toBe(String((rows - 1) * 100 + 3));
  });
  it('stops at the edge of the grid', () => {
    const views: Record<string, CellView> = { 'Sheet1!CU1': tensor([2, 5]) };
    const { areas } = spillAreas(bookOf({ CU1: spilling() }), 'Sheet1', (l) => views[l]);
    expect([areas[0].rows, areas[0].cols]).toEqual([2, 2]);
  });
  it('ignores a flag on a cell without a tensor, and on a scalar', () => {
    const views: Record<string, CellView> = { 'Sheet1!A1': cellView({ kind: 'text', value: 'hi' } as never), 'Sheet1!A2': tensor([]) };
    expect(spillAreas(bookOf({ A1: spilling('hi'), A2: spilling('3') }), 'Sheet1', (l) => views[l])).toEqual({
      areas: [],
      notes: new Map(),
    });
  });
});
