import { describe, expect, it } from 'vitest';
import type { BookMeta } from '../../storage/library';
import { existingCopy, freshCopyName } from './example-copy';

const meta = (id: string, name: string, updatedAt: number): BookMeta => ({
  id,
  name,
  updatedAt,
  createdAt: 0,
  rev: 1,
  preview: [],
  cellCount: 0,
  sheetCount: 1,
});
const title = 'exp(2x²·sin x) and its derivative';

describe('existingCopy', () => {
  it('finds the most recently edited workbook named after the example', () => {
    const books = [meta('a', 'Mine', 9), meta('b', `${title} (2)`, 5), meta('c', title, 7)];
    expect(existingCopy(books, title)?.id).toBe('c');
    expect(existingCopy([...books, meta('d', `${title} (3)`, 8)], title)?.id).toBe('d');
  });

  it('ignores renamed copies and names that only start like the title (the title is not a pattern)', () => {
    expect(
      existingCopy(
        [
          meta('a', `${title} notes`, 1),
          meta('b', 'exp(2x²·sin x) and its derivativeX', 2),
          meta('c', 'exp(2x2·sin x) and its derivative', 3),
        ],
        title,
      ),
    ).toBeNull();
    expect(existingCopy([meta('a', 'Untitled', 1)], 'Untitled.*')).toBeNull();
  });
});

describe('freshCopyName', () => {
  it('is the title while no workbook has it, then the next number', () => {
    expect(freshCopyName([], title)).toBe(title);
    expect(freshCopyName([meta('a', title, 1)], title)).toBe(`${title} (2)`);
    expect(freshCopyName([meta('a', title, 1), meta('b', `${title} (4)`, 2)], title)).toBe(`${title} (5)`);
    expect(freshCopyName([meta('b', `${title} (2)`, 2)], title)).toBe(`${title} (3)`);
  });
});
