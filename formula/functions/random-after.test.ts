// after= on the random functions: a script's draws after one torch.manual_seed, cell by cell, as PyTorch draws
// them (the sequences of engine/torch-random-sequences.json, generated with PyTorch), and after='s refusals.

import { describe, expect, it } from 'vitest';
import sequences from '../../engine/torch-random-sequences.json';
import { Workbook } from '../book';

type Draw = { fn: string; args: (number | number[])[]; values: number[] };

/** The formula for one draw of a sequence: `seed=` for the first, `after=` the cell above for the rest. */
function formula(d: Draw, row: number, seed: number): string {
  const args = d.fn === 'randint' ? JSON.stringify(d.args).slice(1, -1) : d.args.join(', ');
  return `=${d.fn}(${args}, ${row === 1 ? `seed=${seed}` : `after=A${row - 1}`})`;
}

const values = (book: Workbook, ref: string): number[] => {
  const cell = book.get(ref) as { value: number | number[] | number[][] };
  return [cell.value].flat(2) as number[];
};

describe('after=', () => {
  for (const sq of sequences.sequences as { seed: number; draws: Draw[] }[]) {
    it(`draws what PyTorch draws next: ${sq.draws.map((d) => d.fn).join(', ')} after manual_seed(${sq.seed})`, () => {
      const book = new Workbook();
      sq.draws.forEach((d, i) => book.set(`Sheet1!A${i + 1}`, formula(d, i + 1, sq.seed)));
      sq.draws.forEach((d, i) => {
        const got = values(book, `Sheet1!A${i + 1}`);
        // PyTorch 1.13 wrote the file; a randn under 16 elements differs from 2's in the last bits.
        if (d.fn === 'randn' && d.values.length < 16) got.forEach((v, j) => expect(v).toBeCloseTo(d.values[j], 13));
        else expect(got).toEqual(d.values);
      });
    });
  }

  it('continues from a draw that requires grad, through a name, and leaves that draw as it was', () => {
    const book = Workbook.fromJSON({
      format: 'gradsheet',
      version: 1,
      seed: 0,
      sheets: [
        {
          name: 'Sheet1',
          cells: { A1: '=torch.randn(5, 3, requires_grad=True, seed=1)', A2: '=torch.randn(3, after=w)', A3: '=randn(3, after=w)' },
        },
      ],
      names: { w: 'Sheet1!A1' },
      charts: [],
    });
    expect(values(book, 'Sheet1!A2')).toEqual([0.26731699794736563, -0.4211951567546136, -0.5106999992831965]);
    // Two cells continuing from one draw draw the same numbers: the draw's state is copied, never consumed.
    expect(values(book, 'Sheet1!A3')).toEqual(values(book, 'Sheet1!A2'));
    expect(book.get('Sheet1!A1')).toMatchObject({ requires_grad: true });
  });

  it('follows an edit of the draw it continues', () => {
    const book = new Workbook();
    book.set('Sheet1!A1', '=rand(2, seed=0)');
    book.set('Sheet1!A2', '=rand(1, after=A1)');
    // torch.manual_seed(0); torch.rand(3) is [0.9700530018065531, 0.707819864399788, 0.45938294312745087].
    expect(values(book, 'Sheet1!A2')).toEqual([0.45938294312745087]);
    book.set('Sheet1!A1', '=rand(1, seed=0)');
    expect(values(book, 'Sheet1!A2')).toEqual([0.707819864399788]);
  });

  it("refuses a tensor that was not drawn from PyTorch's generator, and seed= with after=", () => {
    const book = new Workbook();
    book.set('Sheet1!A1', '=randn(3)');
    book.set('Sheet1!A2', '=randn(3, after=A1)');
    book.set('Sheet1!A3', '=randn(3, after=randn(2, seed=0) * 2)');
    book.set('Sheet1!A4', '=randn(3, seed=1, after=randn(2, seed=0))');
    book.set('Sheet1!A5', '=randn(3, after=1)');
    for (const ref of ['A2', 'A3', 'A4', 'A5']) expect(book.get(`Sheet1!${ref}`)).toMatchObject({ kind: 'error', code: '#VALUE!' });
    expect((book.get('Sheet1!A2') as { message: string }).message).toContain('after= takes a tensor drawn with seed= or after=');
    expect((book.get('Sheet1!A4') as { message: string }).message).toContain('seed= and after= exclude each other');
  });
});
