// Owns what the bridge's two directions hand back, shared by the command line and the app's dialogs.

import type { WorkbookFile } from '../storage/format';

/** A statement the translation leaves as quoted text, with why: `line` is 1-based in the script. */
export interface Untranslated {
  line: number;
  source: string;
  reason: string;
}

/** What translating a script gives: a workbook and what it left out, or why the text is not Python. */
export type TorchTranslation = { ok: true; file: WorkbookFile; untranslated: Untranslated[] } | { ok: false; message: string };
