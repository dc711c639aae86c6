// Owns the messages between the app and the file worker (file.worker.ts).

import type { CellEntry, WorkbookFile } from '../../storage/format';
import type { BookChange } from '../../storage/journal';
import type { CreateResult, SaveOptions, SaveResult } from '../../storage/library';

export type FileRequest =
  /** Reads a file the user gave (`id` names the read in the replies). */
  | { type: 'read'; id: number; file: Blob }
  /** The document shown now, whole: saves are made from it and the changes that follow. */
  | { type: 'open'; doc: WorkbookFile }
  /** The document shown now is the one read `read` gave (without its name). */
  | { type: 'adopt'; read: number }
  /** A change the app made to the document shown (book-change.ts). */
  | { type: 'change'; change: BookChange }
  /** Saves the document shown, with the selection and views `ui`, as workbook `book` of the library. */
  | { type: 'save'; id: number; book: string; ui: WorkbookFile['ui']; options: SaveOptions }
  /** Stores a new workbook named `name`: the one read `read` gave, else the document shown with `ui`. */
  | { type: 'create'; id: number; name: string; read?: number; ui?: WorkbookFile['ui'] };

export type FileReply =
  | { type: 'read-failed'; id: number; message: string }
  /** The workbook read, each sheet's cells left empty: they follow in `read-cells` parts, then `read-done`. */
  | { type: 'read-head'; id: number; head: WorkbookFile }
  /** Part of a sheet's cells (by index), with those of its keys whose entry is an object. */
  | { type: 'read-cells'; id: number; sheet: number; keys: string[]; entries: CellEntry[]; objects: string[] }
  | { type: 'read-done'; id: number }
  | { type: 'saved'; id: number; result: SaveResult }
  | { type: 'created'; id: number; result: CreateResult };
