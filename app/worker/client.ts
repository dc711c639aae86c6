// Owns the app's side of the engine worker: versioned requests, stale replies dropped, partial
// results passed on as they come, and a worker that can be stopped mid-computation and restarted
// from the workbook with the cell it was running stopped.

import type { WorkbookFile } from '../../storage/format';
import type { ElementPage, ElementWindow, InspectInfo } from '../../formula/inspect';
import { inputAt } from '../state/document';
import type { CellView } from './cell-view';
import type { Reply, Request } from './protocol';

export interface WorkerClientEvents {
  /**
   * Views of changed cells. `reset`: the end of a load, whose replies `listed` every cell that has a
   * value now; any other cell is empty.
   */
  values(values: Record<string, CellView>, reset: boolean, ms: number, listed?: ReadonlySet<string>): void;
  /** The formula cells a long run has still to compute (empty once it is done). */
  pending(labels: string[]): void;
  /** Whether a computation has been running for longer than a moment. */
  busy(running: boolean): void;
  bug(message: string, stack: string): void;
}

export interface WorkerClient {
  /** Replaces the workbook. `cancelled` replaces the stopped cells; without it, those whose input is unchanged stay stopped. */
  load(file: WorkbookFile, cancelled?: string[]): void;
  edit(edits: [string, string][]): void;
  inspect(label: string): Promise<InspectInfo | null>;
  /** A window of a cell's tensor; null when it holds none (or the engine restarted). */
  elements(label: string, window: ElementWindow): Promise<ElementPage | null>;
  /**
   * Stops the cell being computed: the worker restarts from `file` with it (and the cells stopped
   * before, unless edited since) showing #LOOP!. Returns every stopped cell.
   */
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
  /** Edits sent but not answered yet, by version: what a cancel stops when no cell is announced. */
  const inFlight = new Map<number, string[]>();
  /** The cell the worker said it is computing, until that run is done. */
  let running: string | null = null;
  let pending: string[] = [];
  /** The cells the replies of the current load listed so far: at its end, every other cell is empty. */
  let loaded = new Set<string>();
  /** Stopped cells, with the input each had when stopped: editing it runs it again. */
  let cancelled = new Map<string, string>();
  const inspections = new Map<number, (info: InspectInfo | null) => void>();
  const pages = new Map<number, (page: ElementPage | null) => void>();
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
  const setPending = (labels: string[]): void => {
    if (labels.length === 0 && pending.length === 0) return;
    events.pending((pending = labels));
  };

  // Each reply is passed on as it comes (a big change arrives in many): the page never takes them all in one task.
  const onValues = (reply: Extract<Reply, { type: 'values' }>): void => {
    if (reply.reset) for (const label in reply.values) loaded.add(label);
    if (!reply.done) {
      events.values(reply.values, false, reply.ms);
      setPending(reply.pending);
      return;
    }
    running = null;
    const listed = loaded;
    if (reply.reset) loaded = new Set();
    if (reply.reset) events.values(reply.values, true, reply.ms, listed);
    else events.values(reply.values, false, reply.ms);
    setPending([]);
  };

  const onMessage = (e: MessageEvent<Reply>): void => {
    const reply = e.data;
    if (reply.type === 'inspect') {
      inspections.get(reply.id)?.(reply.info);
      inspections.delete(reply.id);
      return;
    }
    if (reply.type === 'elements') {
      pages.get(reply.id)?.(reply.page);
      pages.delete(reply.id);
      return;
    }
    if (reply.version < floor) return;
    if (reply.type === 'running') {
      running = reply.cell;
      return;
    }
    if (reply.type === 'values') onValues(reply);
    if (reply.type === 'values' && !reply.done) return;
    answered = Math.max(answered, reply.version);
    inFlight.delete(reply.version);
    if (reply.type === 'bug') {
      running = null;
      setPending([]);
      events.bug(reply.message, reply.stack);
    }
    settle();
  };

  const start = (): void => {
    worker = spawn();
    worker.onmessage = onMessage;
  };
  const send = (msg: Request): void => worker.postMessage(msg);
  const sendLoad = (file: WorkbookFile): void => {
    floor = ++version;
    inFlight.clear();
    running = null;
    loaded = new Set();
    send({ type: 'load', version, file, cancelled: [...cancelled.keys()] });
    watch();
  };

  start();
  return {
    load(file, stopped) {
      if (stopped) cancelled = new Map(stopped.map((label) => [label, inputAt(file, label)]));
      else for (const [label, input] of cancelled) if (inputAt(file, label) !== input) cancelled.delete(label);
      setPending([]);
      sendLoad(file);
    },
    edit(edits) {
      for (const [label] of edits) cancelled.delete(label);
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
    elements(label, window) {
      const id = ++inspectId;
      return new Promise((resolve) => {
        pages.set(id, resolve);
        send({ type: 'elements', id, label, window });
      });
    },
    cancel(file) {
      // Only the announced cell is stopped; formulas typed meanwhile are in `file` and run afresh.
      const stop = running !== null ? [running] : [...new Set([...inFlight.values()].flat())];
      for (const label of stop) cancelled.set(label, inputAt(file, label));
      worker.terminate();
      for (const resolve of inspections.values()) resolve(null);
      inspections.clear();
      for (const resolve of pages.values()) resolve(null);
      pages.clear();
      start();
      // The values shown stay until the new worker sends its own; what was pending still is.
      setPending(pending.filter((label) => !cancelled.has(label)));
      sendLoad(file);
      return [...cancelled.keys()];
    },
    dispose() {
      worker.terminate();
    },
  };
}

function defaultSpawn(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'gradsheet-engine' });
}
