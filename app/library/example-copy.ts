// Owns finding the copy of an example a user already has, so choosing the example again opens it
// instead of piling up copies: a copy is a workbook named after the example ("Title", or "Title (2)"
// once a fresh one was started). Renaming a copy makes it the user's own workbook.

import type { BookMeta } from '../../storage/library';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const copyPattern = (title: string) => new RegExp(`^${escape(title)}(?: \\(([0-9]+)\\))?$`);

/** The most recently edited copy of the example `title` (`books` come most recent first), or null. */
export function existingCopy(books: readonly BookMeta[], title: string): BookMeta | null {
  const pattern = copyPattern(title);
  return books.reduce<BookMeta | null>((best, b) => (pattern.test(b.name) && (!best || b.updatedAt > best.updatedAt) ? b : best), null);
}

/** The name for a fresh copy of the example: its title while no workbook has it, else "Title (n)" with the next n. */
export function freshCopyName(books: readonly BookMeta[], title: string): string {
  const pattern = copyPattern(title);
  let taken = 0;
  for (const b of books) {
    const m = pattern.exec(b.name);
    if (m) taken = Math.max(taken, m[1] ? Number(m[1]) : 1);
  }
  return taken === 0 ? title : `${title} (${taken + 1})`;
}
