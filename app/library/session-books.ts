// Owns the session's actions on the workbook list: rename, duplicate, delete with an Undo offer, restore.

import type { UndoToken } from '../../storage/library';
import type { SessionCore } from './session-host';

export function makeBookActions(core: SessionCore) {
  let deleted: UndoToken | null = null;
  const actions = {
    async rename(id: string, name: string): Promise<void> {
      const r = await core.library.renameWorkbook(id, name);
      if (!r.ok) return core.host.notify({ kind: 'error', text: r.message });
      if (core.open()?.id === id) core.setOpen(r.meta);
      core.tabs.libraryChanged();
      await core.refreshList();
    },
    async duplicate(id: string): Promise<void> {
      if (core.open()?.id === id) await core.flush();
      const r = await core.library.duplicateWorkbook(id);
      if (!r.ok) return core.host.notify({ kind: 'error', text: r.message });
      core.tabs.libraryChanged();
      await core.refreshList();
    },
    async remove(id: string): Promise<void> {
      const r = await core.library.deleteWorkbook(id);
      if (!r.ok) return core.host.notify({ kind: 'error', text: r.message });
      deleted = r.token;
      core.tabs.deleted(id);
      if (core.open()?.id === id) {
        const rest = await core.library.listWorkbooks();
        if (rest.length > 0) await core.openBook(rest[0].id);
        else await core.openNew(core.firstVisit().file, core.firstVisit().name);
      }
      // After the switch, and about the library rather than a workbook, so the Undo offer stays.
      core.host.notify({
        kind: 'info',
        text: `Deleted “${r.token.meta.name}”.`,
        action: { label: 'Undo', run: () => void actions.undoRemove() },
      });
      await core.refreshList();
    },
    async undoRemove(): Promise<void> {
      if (!deleted) return;
      const token = deleted;
      deleted = null;
      const r = await core.library.restoreWorkbook(token);
      if (!r.ok) return core.host.notify({ kind: 'error', text: r.message });
      core.host.notify({ kind: 'info', text: `Restored “${r.meta.name}”.` });
      core.tabs.libraryChanged();
      await core.refreshList();
    },
  };
  return actions;
}
