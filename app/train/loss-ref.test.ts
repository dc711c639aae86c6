import { describe, expect, it } from 'vitest';
import { lossLabel } from './loss-ref';

describe('lossLabel', () => {
  const names = { loss: 'Fit!A9', xs: 'Fit!A1:A20' };
  it('reads references and names of a cell as labels', () => {
    expect(lossLabel('a9', 'Sheet1', names)).toEqual({ label: 'Sheet1!A9' });
    expect(lossLabel(' $B$3 ', 'Sheet1', names)).toEqual({ label: 'Sheet1!B3' });
    expect(lossLabel("'My data'!C2", 'Sheet1', names)).toEqual({ label: 'My data!C2' });
    expect(lossLabel('LOSS', 'Sheet1', names)).toEqual({ label: 'Fit!A9' });
  });

  it('says why other text is not a loss cell', () => {
    expect(lossLabel('', 'Sheet1', names)).toEqual({ problem: 'Type the cell that computes the loss, or select it and open Train again.' });
    expect(lossLabel('nope', 'Sheet1', names)).toEqual({ problem: '"nope" is not a cell reference or the name of a cell.' });
    expect(lossLabel('A1:B2', 'Sheet1', names)).toEqual({ problem: '"A1:B2" is a range; the loss is one cell.' });
    expect(lossLabel('xs', 'Sheet1', names)).toEqual({ problem: '"xs" is a range; the loss is one cell.' });
  });
});
