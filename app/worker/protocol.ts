// Owns the messages between the app and the engine worker.

import type { WorkbookFile } from '../../storage/format';
import type { CellView } from './cell-view';
import type { ElementPage, ElementWindow, InspectInfo } from '../../formula/inspect';
import type { WorkbookProfile } from '../../formula/profile';
import type { TrainReply, TrainRequest } from '../train/train-protocol';

export type Request =
  /**
   * Replaces the worker's workbook; `cancelled` cells are not evaluated (the user stopped them). `file` is the
   * workbook, or the file it was just read from: the worker reads that itself, since sending a million cells
   * takes the page a second (issue 10).
   * `hold`: no formula is evaluated, each shows its input (the last session died computing this workbook).
   */
  | { type: 'load'; version: number; file: WorkbookFile | Blob; cancelled: string[]; hold?: boolean }
  /** Cell edits as the user typed them, keyed by label (`Sheet1!A1`). */
  | { type: 'edit'; version: number; edits: [string, string][] }
  | { type: 'inspect'; id: number; label: string }
  /** A window of a cell's tensor for the inspector's element table (never the whole of a big tensor). */
  | { type: 'elements'; id: number; label: string; window: ElementWindow }
  /** Recalculates the whole workbook under the autograd profiler (SPEC §14); the values shown stay as they are. */
  | { type: 'profile'; id: number }
  /** The Train panel: checking a loss cell, and a training run in the worker (app/train/train-protocol.ts). */
  | { type: 'train'; msg: TrainRequest };

export type Reply =
  /**
   * Views of the cells whose value changed. A long run, or one that changed many cells, sends several,
   * `done` on the last; until then `pending` lists the formula cells it has not computed yet (absent: as the
   * message before said, so the messages of one batch do not each carry the list). `reset`:
   * the replies of a load, after whose last one every cell none of them listed is empty.
   */
  | { type: 'values'; version: number; reset: boolean; done: boolean; values: Record<string, CellView>; pending?: string[]; ms: number }
  /** The formula cell the worker starts computing: what Cancel stops. */
  | { type: 'running'; version: number; cell: string }
  | { type: 'inspect'; id: number; info: InspectInfo | null }
  | { type: 'elements'; id: number; page: ElementPage | null }
  | { type: 'profile'; id: number; profile: WorkbookProfile | null }
  | { type: 'train'; msg: TrainReply }
  /** Something of the workbook the engine left out (a cell key outside the grid): the user is told. */
  | { type: 'warning'; version: number; message: string }
  /** A bug of ours, caught at the boundary: the sheet stays alive. */
  | { type: 'bug'; version: number; message: string; stack: string };
