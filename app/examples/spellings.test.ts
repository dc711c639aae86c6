// The five tutorials' code typed as the tutorials write it: each line of tutorial-spellings.json (made by
// tutorial-spellings.py with real PyTorch) goes into a cell of its snippet's workbook, its Python name
// becomes a workbook name, and the cell must show what PyTorch computed.

import { describe, expect, it } from 'vitest';
import { mismatch } from '../../cli/golden-test-helpers';
import type { CellJSON } from '../../formula/cell-json';
import { Workbook } from '../../formula/book';
import spellings from './tutorial-spellings.json';
import { EXAMPLES } from './index';

interface Line {
  formula: string;
  name?: string;
  /** PyTorch's value as cell JSON; null for a call made for its effect (`loss.backward()`). */
  expect: Record<string, unknown> | null;
  rtol?: number;
  /** A torch.float32 value: the sheet computes it in float64 and its cell says so. */
  float32_note?: boolean;
}
interface Snippet {
  title: string;
  lines: Line[];
}
const TUTORIALS = (spellings as unknown as { tutorials: Record<string, Snippet[]> }).tutorials;

const RTOL = 1e-9;
const ATOL = 1e-12;

/** A snippet's workbook: line i in Sheet1!A{i + 1}, named as the tutorial names it. */
function bookOf(snippet: Snippet): Workbook {
  const book = new Workbook();
  snippet.lines.forEach((line, i) => book.set(`A${i + 1}`, `=${line.formula}`));
  snippet.lines.forEach((line, i) => {
    if (line.name) expect(book.setName(line.name, `Sheet1!A${i + 1}`), line.name).toBeNull();
  });
  return book;
}

/** Why a line's cell differs from PyTorch, or null. */
function whyWrong(got: CellJSON, line: Line): string | null {
  if (line.expect === null) return got.kind === 'error' ? `${got.code} ${got.message}` : null;
  const why = mismatch(got, line.expect, line.rtol ?? RTOL, ATOL);
  if (why) return why;
  // A float32 result is computed in float64, and the cell says so.
  if (line.float32_note && !(got.kind === 'tensor' && got.note?.includes('torch.float32'))) return 'no torch.float32 note';
  return null;
}

describe('the tutorials typed as written', () => {
  it('covers the five tutorial examples', () => {
    expect(Object.keys(TUTORIALS)).toEqual(EXAMPLES.filter((e) => e.kind === 'tutorial').map((e) => e.id));
  });

  for (const [id, snippets] of Object.entries(TUTORIALS)) {
    describe(id, () => {
      for (const snippet of snippets) {
        it(snippet.title, () => {
          const book = bookOf(snippet);
          const failures = snippet.lines.flatMap((line, i) => {
            const why = whyWrong(book.get(`A${i + 1}`), line);
            return why ? [`A${i + 1} =${line.formula}: ${why}`] : [];
          });
          expect(failures).toEqual([]);
        });
      }
    });
  }
});
