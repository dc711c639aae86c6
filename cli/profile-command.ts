// Owns `gradsheet profile BOOK.json` (SPEC §14): the workbook recalculated under the autograd profiler, printed
// as {"ops": [...], "cells": [...]}. The file is untrusted: a bad one is exit 2 with one line.

import { profileJSON, profileWorkbook } from '../formula/profile';
import { readWorkbookBytes } from '../storage/file';
import { quotePath } from './read-file';

export function profileCommand(
  path: string,
  bytes: Uint8Array,
  io: { out(text: string): void },
): { ok: true } | { ok: false; message: string } {
  const read = readWorkbookBytes(bytes);
  if (!read.ok) return { ok: false, message: `${quotePath(path)}: ${read.message}` };
  io.out(JSON.stringify(profileJSON(profileWorkbook(read.book)), null, 2));
  return { ok: true };
}
