// Owns the app's side of the bridge worker: started on first use, one request at a time per caller, each
// answered or, past a time limit or when the worker fails, refused with a message (never a hang).

import type { TorchTranslation } from '../../bridge/translation';
import type { WorkbookFile } from '../../storage/format';
import type { BridgeReply, BridgeRequest } from './bridge-protocol';

export type ScriptResult = { ok: true; script: string } | { ok: false; message: string };

export interface BridgeWork {
  fromTorch(source: string): Promise<TorchTranslation>;
  toTorch(file: WorkbookFile): Promise<ScriptResult>;
}

/** A translation is a walk over a script or a workbook: a few hundred ms at most; past this it is stuck. */
const TIME_LIMIT_MS = 20_000;

type Waiter = (reply: BridgeReply | { type: 'failed'; message: string }) => void;

export function makeBridgeWork(spawn: () => Worker = defaultSpawn, timeLimit = TIME_LIMIT_MS): BridgeWork {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiter>();

  const failAll = (message: string): void => {
    for (const w of waiting.values()) w({ type: 'failed', message });
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (e: MessageEvent<BridgeReply>) => {
      const waiter = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      waiter?.(e.data);
    };
    w.onerror = (e) => failAll(`the translation stopped: ${e.message || 'the worker failed'}`);
    return (worker = w);
  };
  const ask = (make: (id: number) => BridgeRequest): Promise<BridgeReply | { type: 'failed'; message: string }> =>
    new Promise((resolve) => {
      const id = ++nextId;
      const timer = setTimeout(() => {
        if (waiting.delete(id)) failAll(`the translation took over ${timeLimit / 1000} s and was stopped`);
        resolve({ type: 'failed', message: `the translation took over ${timeLimit / 1000} s and was stopped` });
      }, timeLimit);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      started().postMessage(make(id));
    });

  return {
    async fromTorch(source) {
      const reply = await ask((id) => ({ type: 'from-torch', id, source }));
      return reply.type === 'from-torch' ? reply.translation : { ok: false, message: failure(reply) };
    },
    async toTorch(file) {
      const reply = await ask((id) => ({ type: 'to-torch', id, file }));
      return reply.type === 'to-torch' ? { ok: true, script: reply.script } : { ok: false, message: failure(reply) };
    },
  };
}

const failure = (reply: BridgeReply | { type: 'failed'; message: string }): string =>
  reply.type === 'failed' ? reply.message : 'the translation gave an unexpected answer';

function defaultSpawn(): Worker {
  return new Worker(new URL('./bridge.worker.ts', import.meta.url), { type: 'module', name: 'gradsheet-bridge' });
}
