// Owns what the bridge's two directions hand back, shared by the command line and the app's dialogs.

import { type WorkbookFile, readWorkbook } from '../storage/format';

/** The largest script either direction reads (the command line and the app's import): a tutorial is a few kilobytes. */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

/** A statement the translation leaves as quoted text, with why: `line` is 1-based in the script. */
export interface Untranslated {
  line: number;
  source: string;
  reason: string;
}

/** What translating a script gives: a workbook and what it left out, or why the text is not Python. */
export type TorchTranslation = { ok: true; file: WorkbookFile; untranslated: Untranslated[] } | { ok: false; message: string };

/** The translation checked as any workbook file is (and filled with the file's defaults), so what it gives always opens. */
export function checkedTranslation(t: TorchTranslation): TorchTranslation {
  if (!t.ok) return t;
  const read = readWorkbook(t.file);
  return read.ok ? { ...t, file: read.book } : { ok: false, message: `the translation is not a valid workbook (${read.message})` };
}
