// Owns the bridge's two commands (SPEC §13): `gradsheet from-torch SCRIPT.py` prints the workbook a script
// translates into, each statement left as text listed on stderr; `gradsheet to-torch BOOK.json` prints the
// PyTorch script of a workbook. Both read untrusted files: every failure is exit 2 with one line.

import { fromTorch } from '../bridge/from-torch';
import { toTorch } from '../bridge/to-torch';
import { MAX_SCRIPT_BYTES, checkedTranslation } from '../bridge/translation';
import { serialiseWorkbook, readWorkbookBytes } from '../storage/file';
import { formatBytes } from '../storage/format';
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
  const t = checkedTranslation(fromTorch(text.text));
  if (!t.ok) return { ok: false, message: `${quotePath(path)}: ${t.message}` };
  io.out(serialiseWorkbook(t.file));
  for (const u of t.untranslated) io.err(`line ${u.line}: not translated (${u.reason}): ${u.source}`);
  return { ok: true };
}

export function toTorchCommand(path: string, bytes: Uint8Array, io: BridgeIo): Outcome {
  const read = readWorkbookBytes(bytes);
  if (!read.ok) return { ok: false, message: `${quotePath(path)}: ${read.message}` };
  io.out(toTorch(read.book));
  return { ok: true };
}
