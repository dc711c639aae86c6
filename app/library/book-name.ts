// Owns the workbook name a file or share link carries (SPEC §7's optional `name`): read on the way in,
// and kept out of what the library stores, since the library's own record of the name is the one that changes.

import type { WorkbookFile } from '../../storage/format';
import { cleanName } from '../../storage/library';

/** A file's workbook without its `name`, for storing and showing. */
export function unnamed(file: WorkbookFile): WorkbookFile {
  const { name: _, ...rest } = file;
  return rest;
}

/** The name a file or link carries, made fit for the workbook list, or null when it has none. */
export const carriedName = (file: WorkbookFile): string | null =>
  file.name !== undefined && file.name.trim() !== '' ? cleanName(file.name) : null;
