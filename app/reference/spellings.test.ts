import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { formatResult } from './reference';
import { SPELLINGS } from './spellings';

describe('the table of PyTorch spellings', () => {
  for (const group of SPELLINGS) {
    it(`${group.title}: every row evaluates to the result it states`, () => {
      const book = new Workbook();
      book.setMany(group.rows.map((r, i) => [`A${i + 1}`, r.formula] as const));
      group.rows.forEach((r, i) => {
        const got = book.get(`A${i + 1}`);
        const shown = got.kind === 'error' ? got.code : formatResult('value' in got ? got.value : got);
        expect(shown, `${r.formula} gave ${JSON.stringify(got)}`).toBe(formatResult(r.result));
      });
    });
  }
});
