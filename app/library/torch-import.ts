// Owns what the "PyTorch code…" import dialog shows before anything opens: the translation's summary and the
// statements that will not be translated, and the name the new workbook takes. Pure: the dialog renders it.

import { MAX_SCRIPT_BYTES, type TorchTranslation, type Untranslated } from '../../bridge/translation';
import { type WorkbookFile, formatBytes } from '../../storage/format';

export type { TorchTranslation, Untranslated };

export interface TorchPreview {
  /** One line for the dialog's status: how many cells, or what is wrong. */
  summary: string;
  /** Whether "Open as a new workbook" may be pressed. */
  openable: boolean;
  untranslated: Untranslated[];
}

/** The count of non-empty cells the translation fills. */
function cellCount(file: WorkbookFile): number {
  return file.sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0);
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The preview of a translation (null: nothing pasted yet). */
export function previewOf(t: TorchTranslation | null): TorchPreview {
  if (t === null) return { summary: 'Paste a script, or choose a .py file.', openable: false, untranslated: [] };
  if (!t.ok) return { summary: t.message, openable: false, untranslated: [] };
  const cells = plural(cellCount(t.file), 'cell', 'cells');
  const left = t.untranslated.length;
  const summary =
    left === 0
      ? `Translates into ${cells}; every statement translates.`
      : `Translates into ${cells}; ${plural(left, 'statement stays', 'statements stay')} as text (listed below).`;
  return { summary, openable: true, untranslated: t.untranslated };
}

/** The workbook's name: the file's without `.py`, else "PyTorch code". */
export function scriptBookName(fileName: string | null): string {
  const stem = (fileName ?? '').replace(/\.py$/i, '').trim();
  return stem === '' ? 'PyTorch code' : stem;
}

/** Why a script cannot be read, or null: too large for the dialog. */
export function scriptTooLarge(bytes: number): string | null {
  if (bytes <= MAX_SCRIPT_BYTES) return null;
  return `The script is ${formatBytes(bytes)}; the import reads scripts up to ${formatBytes(MAX_SCRIPT_BYTES)}.`;
}

/** A workbook's name as a Python file's stem: letters, digits and underscores, so `import` could read it too. */
export function scriptFileStem(name: string): string {
  const stem = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return stem === '' ? 'workbook' : /^[0-9]/.test(stem) ? `_${stem}` : stem;
}
