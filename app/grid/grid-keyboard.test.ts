import { describe, expect, it } from 'vitest';
import { clearEdits } from './grid-keyboard';

describe('clearEdits', () => {
  it('clears the filled cells of the selection, in reading order, and leaves empty ones out', () => {
    const inputs: Record<string, string> = { 'Sheet1!A1': '1', 'Sheet1!B2': '=A1', 'Sheet1!C1': 'x' };
    expect(clearEdits('Sheet1', { top: 0, left: 0, bottom: 1, right: 1 }, (l) => inputs[l] ?? '')).toEqual([
      ['Sheet1!A1', ''],
      ['Sheet1!B2', ''],
    ]);
    expect(clearEdits('Sheet1', { top: 5, left: 5, bottom: 6, right: 6 }, (l) => inputs[l] ?? '')).toEqual([]);
  });
});
