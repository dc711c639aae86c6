import { describe, expect, it } from 'vitest';
import { blockBox } from './block-box';
import { COL_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './geometry';

describe('blockBox', () => {
  it('places a block past the headers, one row height per row', () => {
    expect(blockBox({ top: 1, left: 2, bottom: 3, right: 2 })).toEqual({
      left: `${ROW_HEADER_WIDTH + 2 * COL_WIDTH}px`,
      top: `${HEADER_HEIGHT + ROW_HEIGHT}px`,
      width: `${COL_WIDTH}px`,
      height: `${3 * ROW_HEIGHT}px`,
    });
  });

  it('follows columns of their own widths', () => {
    const starts = [0, 50, 250, 300];
    expect(blockBox({ top: 0, left: 1, bottom: 0, right: 2 }, (c) => starts[c])).toMatchObject({
      left: `${ROW_HEADER_WIDTH + 50}px`,
      width: '250px',
    });
  });
});
