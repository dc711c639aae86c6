// Owns the session's files and links: exporting the open workbook, importing a file the user gave (read
// in the file worker when there is one) and a share link carrying the workbook.

import type { TorchTranslation } from '../../bridge/translation';
import { exportFileName, importWorkbookFile, serialiseWorkbook } from '../../storage/file';
import type { WorkbookFile } from '../../storage/format';
import { cleanName } from '../../storage/library';
import { encodeShareLink } from '../../storage/link';
import { carriedName, unnamed } from './book-name';
import { scriptFileStem } from './torch-import';
import type { FileRead, SessionCore } from './session-host';

export function makeFileActions(core: SessionCore) {
  /** The document with the open workbook's name, as files and links carry it. */
  const named = (file: WorkbookFile): WorkbookFile => {
    const open = core.open();
    return open ? { ...file, name: open.name } : unnamed(file);
  };

  /** Reads a file the user gave: in the file worker when there is one (the page then only builds its document). */
  const readFile = async (file: Blob): Promise<{ ok: false; message: string } | { ok: true; book: WorkbookFile; read?: FileRead }> => {
    if (!core.files) return importWorkbookFile(file);
    const r = await core.files.read(file);
    return r.ok ? { ok: true, book: r.book, read: { source: file, id: r.read } } : r;
  };

  return {
    /** The open workbook as a file: `<name>.gradsheet.json`, with the name inside too. */
    exportFile(): { name: string; text: string } {
      return { name: exportFileName(core.open()?.name ?? 'workbook'), text: serialiseWorkbook(named(core.host.current())) };
    },
    /** Reads a file the user gave; a valid one opens as a new workbook, anything else is refused with why. */
    async importFile(file: Blob & { name?: string }): Promise<boolean> {
      const read = await readFile(file);
      if (!read.ok) {
        core.host.notify({ kind: 'error', text: `${file.name ?? 'The file'} was not imported: ${read.message}` });
        return false;
      }
      // The name written inside the file wins over the file's own name, which a download may have changed ("book (1).json").
      const name = carriedName(read.book) ?? cleanName((file.name ?? 'Imported').replace(/\.gradsheet\.json$|\.json$/i, '') || 'Imported');
      const ok = await core.openNew(read.book, name, read.read);
      if (ok) core.tell({ kind: 'info', text: `Imported “${name}” as a new workbook.` });
      return ok;
    },
    /** Translates PyTorch code into a workbook, in the bridge worker; nothing opens yet (the dialog previews it). */
    async translateTorch(source: string): Promise<TorchTranslation> {
      if (!core.bridge) return { ok: false, message: 'PyTorch code cannot be translated here (no worker).' };
      return core.bridge.fromTorch(source);
    },
    /** Opens a translated script as a new workbook named `name`. */
    async importTorch(file: WorkbookFile, name: string): Promise<boolean> {
      const ok = await core.openNew(file, cleanName(name) || 'PyTorch code');
      if (ok) core.tell({ kind: 'info', text: `Imported “${name}” from PyTorch code as a new workbook.` });
      return ok;
    },
    /** The open workbook as a PyTorch script, `<name>.py`; null (with a notice saying why) when it cannot be written. */
    async exportTorchScript(): Promise<{ name: string; text: string } | null> {
      const r = core.bridge ? await core.bridge.toTorch(named(core.host.current())) : { ok: false as const, message: 'no worker' };
      if (!r.ok) {
        core.host.notify({ kind: 'error', text: `The PyTorch script was not written: ${r.message}` });
        return null;
      }
      return { name: `${scriptFileStem(core.open()?.name ?? 'workbook')}.py`, text: r.script };
    },
    /** A link carrying the workbook, or why not (too large: the file is offered instead). */
    async shareLink(base: string): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
      const r = await encodeShareLink(named(core.host.current()));
      return r.ok ? { ok: true, url: `${base}${r.fragment}` } : r;
    },
  };
}
