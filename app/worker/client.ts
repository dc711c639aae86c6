// Owns the app's side of the engine worker: versioned requests, stale replies dropped, and a worker
// that can be stopped mid-computation and restarted from the workbook without the runaway edit.

import type { WorkbookFile } from '../../storage/format';
import type { InspectInfo } from '../../formula/inspect';
import type { CellView } from './cell-view';
import type { Reply, Request } from './protocol';

export interface WorkerClientEvents {
  /** Views of changed cells; `reset` replaces every value. */
  values(values: Record<string, CellView>, reset: boolean, ms: number): void;
  /** Whether a computation has been running for longer than a moment. */
  busy(running: boolean): void;
  bug(message: string, stack: string): void;
}

export interface WorkerClient {
  load(file: WorkbookFile, cancelled?: string[]): void;
  edit(edits: [string, string][]): void;
  inspect(label: string): Promise<InspectInfo | null>;
  /** Stops whatever runs now; `file` is the workbook to restart from, the in-flight edits' cells stopped. */
  cancel(file: WorkbookFile): string[];
  dispose(): void;
}

const BUSY_AFTER_MS = 250;

export function makeWorkerClient(events: WorkerClientEvents, spawn: () => Worker = defaultSpawn): WorkerClient {
  let worker: Worker;
  let version = 0;
  /** Replies older than this come from before a reload or a restart: they are dropped. */
  let floor = 0;
  let answered = 0;
  /** Edits sent but not answered yet, by version: what a cancel stops. */
  const inFlight = new Map<number, string[]>();
  const inspections = new Map<number, (info: InspectInfo | null) => void>();
  let inspectId = 0;
  let busyTimer: ReturnType<typeof setTimeout> | null = null;
  let busy = false;

  const setBusy = (on: boolean): void => {
    if (busy !== on) events.busy((busy = on));
  };
  const watch = (): void => {
    if (busyTimer === null) busyTimer = setTimeout(() => ((busyTimer = null), answered < version && setBusy(true)), BUSY_AFTER_MS);
  };
  const settle = (): void => {
    if (answered >= version) {
      if (busyTimer !== null) clearTimeout(busyTimer);
      busyTimer = null;
      setBusy(false);
    }
  };

  const onMessage = (e: MessageEvent<Reply>): void => {
    const reply = e.data;
    if (reply.type === 'inspect') {
      inspections.get(reply.id)?.(reply.info);
      inspections.delete(reply.id);
      return;
    }
    if (reply.version < floor) return;
    answered = Math.max(answered, reply.version);
    inFlight.delete(reply.version);
    if (reply.type === 'bug') events.bug(reply.message, reply.stack);
    else events.values(reply.values, reply.reset, reply.ms);
    settle();
  };

  const start = (): void => {
    worker = spawn();
    worker.onmessage = onMessage;
  };
  const send = (msg: Request): void => worker.postMessage(msg);

  start();
  return {
    load(file, cancelled = []) {
      floor = ++version;
      inFlight.clear();
      send({ type: 'load', version, file, cancelled });
      watch();
    },
    edit(edits) {
      inFlight.set(++version, edits.map(([label]) => label));
      send({ type: 'edit', version, edits });
      watch();
    },
    inspect(label) {
      const id = ++inspectId;
      return new Promise((resolve) => {
        inspections.set(id, resolve);
        send({ type: 'inspect', id, label });
      });
    },
    cancel(file) {
      const stopped = [...new Set([...inFlight.values()].flat())];
      worker.terminate();
      for (const resolve of inspections.values()) resolve(null);
      inspections.clear();
      start();
      this.load(file, stopped);
      return stopped;
    },
    dispose() {
      worker.terminate();
    },
  };
}

function defaultSpawn(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'gradsheet-engine' });
}
