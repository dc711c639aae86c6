// Owns the bridge's two commands (SPEC §13): `gradsheet from-torch SCRIPT.py` prints the workbook a script
// translates into, each statement left as text listed on stderr; `gradsheet to-torch BOOK.json` prints the
// PyTorch script of a workbook. Both read untrusted files: every failure is exit 2 with one line.

import { fromTorch } from '../bridge/from-torch';
import { toTorch } from '../bridge/to-torch';
import { MAX_SCRIPT_BYTES } from '../bridge/translation';
import { serialiseWorkbook, readWorkbookBytes } from '../storage/file';
import { formatBytes, readWorkbook } from '../storage/format';
import { quotePath } from './read-file';

export interface BridgeIo {
  out(text: string): void;
  err(text: string): void;
}

type Outcome = { ok: true } | { ok: false; message: string };

/** Decodes a script as Python reads it: UTF-8, a leading byte order mark dropped. */
function scriptText(path: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length > MAX_SCRIPT_BYTES)
    return {
      ok: false,
      message: `${quotePath(path)} is ${formatBytes(bytes.length)}; a script may be up to ${formatBytes(MAX_SCRIPT_BYTES)}`,
    };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, message: `${quotePath(path)} is not UTF-8 text, so not a Python script` };
  }
}

export function fromTorchCommand(path: string, bytes: Uint8Array, io: BridgeIo): Outcome {
  const text = scriptText(path, bytes);
  if (!text.ok) return text;
  const t = fromTorch(text.text);
  if (!t.ok) return { ok: false, message: `${quotePath(path)}: ${t.message}` };
  // The translation is checked as any workbook file is, so what it prints always opens.
  const book = readWorkbook(t.file);
  if (!book.ok) return { ok: false, message: `${quotePath(path)}: the translation is not a valid workbook (${book.message})` };
  io.out(serialiseWorkbook(book.book));
  for (const u of t.untranslated) io.err(`line ${u.line}: not translated (${u.reason}): ${u.source}`);
  return { ok: true };
}

export function toTorchCommand(path: string, bytes: Uint8Array, io: BridgeIo): Outcome {
  const read = readWorkbookBytes(bytes);
  if (!read.ok) return { ok: false, message: `${quotePath(path)}: ${read.message}` };
  io.out(toTorch(read.book));
  return { ok: true };
}
