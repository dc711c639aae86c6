// Owns what the session (session.ts) and the app say to each other: the notices it shows the user, what it
// needs of the app (the document, showing one) and what it is made with (storage, the other tabs, workers).

import type { WorkbookFile } from '../../storage/format';
import type { BookMeta, Library } from '../../storage/library';
import type { TabSync, TabSyncOptions } from '../../storage/tabs';
import type { Writers } from '../../storage/writers';
import type { BridgeWork } from '../worker/bridge-client';
import type { FileWork } from '../worker/file-client';

export type NoticeKind = 'info' | 'error';

export interface Notice {
  kind: NoticeKind;
  text: string;
  action?: { label: string; run: () => void };
  /** A second choice beside `action`. */
  secondary?: { label: string; run: () => void };
  /** Stays until the user picks an action (no dismiss button): a choice that must not be lost. */
  sticky?: boolean;
  /** The id of the workbook the notice is about; it goes when another workbook opens. None: about the app or the library. */
  about?: string;
}

/** The notice to keep showing once `openId` is open: one about another workbook is cleared. */
export const noticeAfterSwitch = (notice: Notice | null, openId: string | null): Notice | null =>
  notice?.about !== undefined && notice.about !== openId ? null : notice;

/** What the session needs of the app: the document, opening one, and telling the user. */
export interface SessionHost {
  /** The document to save, with the app's selection in its `ui`. */
  current(): WorkbookFile;
  /**
   * Shows a workbook (replacing the one shown); `id` is its id in the library, none when it is not stored.
   * `read`: it was just read (from storage, or from the file `source`) and nobody else holds its cells.
   */
  show(file: WorkbookFile, id?: string, read?: { adopted: true; source?: Blob }): void;
  notify(notice: Notice | null): void;
  /** The workbook list changed (names, order, a workbook added or removed). */
  listChanged(books: BookMeta[]): void;
  /** The open workbook's id and name changed. */
  opened(meta: BookMeta | null): void;
}

export interface SessionOptions {
  library: Library;
  host: SessionHost;
  /** The workbook a first visit opens. */
  firstVisit: () => WorkbookFile;
  firstVisitName: string;
  Channel?: TabSyncOptions['Channel'];
  /** Where share links arrive: the page's location hash, and a way to clear it. */
  hash?: () => string;
  clearHash?: () => void;
  persist?: () => Promise<boolean>;
  /** How long start waits for storage to answer before working without it (a database another tab blocks). */
  storageWaitMs?: number;
  /** Which tabs are open (Web Locks): a journal is replayed only for tabs that closed. Without it, every tab counts as closed. */
  writers?: Writers;
  /** Reads files and prepares saves off the page's main thread (file-client.ts); without it, the page does both. */
  files?: FileWork;
  /** Translates PyTorch code in and out (bridge-client.ts); without it, the PyTorch import and export say they are unavailable. */
  bridge?: BridgeWork;
}

/** What the session's parts share: storage, the app, the open workbook and the session's own steps. */
export interface SessionCore {
  library: Library;
  host: SessionHost;
  files?: FileWork;
  bridge?: BridgeWork;
  tabs: TabSync;
  /** The workbook open now, null before one is. */
  open(): BookMeta | null;
  setOpen(meta: BookMeta | null): void;
  /** Tells the user something about the open workbook. */
  tell(notice: Notice): void;
  refreshList(): Promise<void>;
  /** Stores a workbook as a new one and shows it; `read`: the file worker read it, and stores it from there. */
  openNew(file: WorkbookFile, name: string, read?: FileRead): Promise<boolean>;
  openBook(id: string): Promise<void>;
  /** Saves what is unsaved now. */
  flush(): Promise<boolean>;
  /** The workbook a first visit opens, and its name. */
  firstVisit(): { file: WorkbookFile; name: string };
}

/** A file the file worker read: the file, and the read's id there. */
export interface FileRead {
  source: Blob;
  id: number;
}
