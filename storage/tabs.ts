// Owns what tabs of the app tell each other over a BroadcastChannel: a workbook was saved (so a tab showing it
// reloads, or reports a conflict when it has unsaved edits), the library changed, a workbook is open elsewhere.
// Storage stays the referee: saveWorkbook's `expectRev` refuses to overwrite a newer revision whatever arrives here.

/** What a tab sends. `from` is the sending tab's id. */
export type TabMessage =
  | { type: 'saved'; id: string; rev: number; from: string }
  | { type: 'opened'; id: string; from: string }
  | { type: 'here'; id: string; from: string; to: string }
  | { type: 'deleted'; id: string; from: string }
  | { type: 'library'; from: string };

/** The part of BroadcastChannel we use, so tests can pass an in-memory channel. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}
export type ChannelConstructor = new (name: string) => ChannelLike;

const CHANNEL_NAME = 'gradsheet-library';

export interface SavedElsewhere {
  id: string;
  rev: number;
  /** The tab that saved. */
  from: string;
}

export interface TabSyncOptions {
  /** Whether this tab has edits to its open workbook that are not saved yet (the autosaver's `pending`). */
  hasUnsavedEdits: () => boolean;
  /** Another tab saved the open workbook and this tab has nothing unsaved: load it again (loadWorkbook), then call `open(id, meta.rev)`. */
  onReload?: (event: SavedElsewhere) => void;
  /**
   * Another tab saved the open workbook while this tab has unsaved edits. Tell the user plainly; their next save
   * will come back as a conflict rather than overwrite. Typical choices: keep theirs (reload), or keep mine as a copy.
   */
  onConflict?: (event: SavedElsewhere) => void;
  /** Another tab has the same workbook open (told to both tabs when the second one opens it). */
  onOpenElsewhere?: (event: { id: string; from: string }) => void;
  /** Another tab deleted the workbook this tab shows. */
  onDeleted?: (event: { id: string; from: string }) => void;
  /** Another tab created, renamed, deleted or restored a workbook: refresh the list. */
  onLibraryChanged?: () => void;
  /** Defaults to the global BroadcastChannel; without one, the sync sends and hears nothing. */
  Channel?: ChannelConstructor;
  channelName?: string;
  tabId?: string;
}

export interface TabSync {
  readonly tabId: string;
  /** This tab now shows workbook `id`, loaded at revision `rev` (null: none). Tells other tabs showing it. */
  open(id: string | null, rev?: number): void;
  /** This tab saved workbook `id` at revision `rev` (from saveWorkbook's meta). */
  saved(id: string, rev: number): void;
  /** This tab deleted workbook `id`. */
  deleted(id: string): void;
  /** This tab created, renamed or restored a workbook. */
  libraryChanged(): void;
  /** The revision of the open workbook this tab last loaded or saved: pass it as saveWorkbook's `expectRev`. */
  rev(): number;
  close(): void;
}

export function makeTabSync(options: TabSyncOptions): TabSync {
  const tabId = options.tabId ?? randomTabId();
  const Channel = options.Channel ?? (globalThis.BroadcastChannel as ChannelConstructor | undefined);
  const channel = Channel ? new Channel(options.channelName ?? CHANNEL_NAME) : null;
  let openId: string | null = null;
  let openRev = 0;

  const send = (message: TabMessage) => channel?.postMessage(message);

  const receive = (m: TabMessage) => {
    if (m.from === tabId) return;
    switch (m.type) {
      case 'saved':
        options.onLibraryChanged?.();
        if (m.id !== openId || m.rev <= openRev) return;
        if (options.hasUnsavedEdits()) options.onConflict?.({ id: m.id, rev: m.rev, from: m.from });
        else options.onReload?.({ id: m.id, rev: m.rev, from: m.from });
        return;
      case 'opened':
        if (m.id !== openId) return;
        send({ type: 'here', id: m.id, from: tabId, to: m.from });
        options.onOpenElsewhere?.({ id: m.id, from: m.from });
        return;
      case 'here':
        if (m.to === tabId && m.id === openId) options.onOpenElsewhere?.({ id: m.id, from: m.from });
        return;
      case 'deleted':
        options.onLibraryChanged?.();
        if (m.id === openId) options.onDeleted?.({ id: m.id, from: m.from });
        return;
      case 'library':
        options.onLibraryChanged?.();
    }
  };

  if (channel) {
    channel.onmessage = (event) => {
      const m = asMessage(event.data);
      if (m) receive(m);
    };
  }

  return {
    tabId,
    open(id, rev = 0) {
      const changed = id !== openId;
      openId = id;
      openRev = rev;
      if (changed && id !== null) send({ type: 'opened', id, from: tabId });
    },
    saved(id, rev) {
      if (id === openId) openRev = Math.max(openRev, rev);
      send({ type: 'saved', id, rev, from: tabId });
    },
    deleted(id) {
      send({ type: 'deleted', id, from: tabId });
    },
    libraryChanged() {
      send({ type: 'library', from: tabId });
    },
    rev: () => openRev,
    close() {
      if (channel) {
        channel.onmessage = null;
        channel.close();
      }
    },
  };
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A message from another tab, checked field by field; anything else is ignored. */
function asMessage(data: unknown): TabMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const id = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
  if (!id(d.from)) return null;
  switch (d.type) {
    case 'saved':
      return id(d.id) && Number.isSafeInteger(d.rev) ? { type: 'saved', id: d.id, rev: d.rev as number, from: d.from } : null;
    case 'opened':
    case 'deleted':
      return id(d.id) ? { type: d.type, id: d.id, from: d.from } : null;
    case 'here':
      return id(d.id) && id(d.to) ? { type: 'here', id: d.id, from: d.from, to: d.to } : null;
    case 'library':
      return { type: 'library', from: d.from };
    default:
      return null;
  }
}

function randomTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}
