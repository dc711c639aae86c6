// Owns the messages between the app and the bridge worker (bridge.worker.ts): a script to translate into a
// workbook, a workbook to write out as a PyTorch script.

import type { TorchTranslation } from '../../bridge/translation';
import type { WorkbookFile } from '../../storage/format';

export type BridgeRequest = { type: 'from-torch'; id: number; source: string } | { type: 'to-torch'; id: number; file: WorkbookFile };

export type BridgeReply =
  | { type: 'from-torch'; id: number; translation: TorchTranslation }
  | { type: 'to-torch'; id: number; script: string }
  /** The translation threw (a bug, not the user's input): the message is shown, the worker lives on. */
  | { type: 'failed'; id: number; message: string };
