// Owns the app's side of the engine worker: versioned requests, stale replies dropped, partial
// results passed on as they come, and a worker that can be stopped mid-computation and restarted
// from the workbook with the cell it was running stopped. It also notices a worker that died (an
// error escaped it) or stopped answering, and reports how far a long run got (for the crash marker).
// size: one closure over one worker holds every request kind the app sends it, a few lines each; splitting it would share its state.

import type { WorkbookFile } from '../../storage/format';
import type { ElementPage, ElementWindow, InspectInfo } from '../../formula/inspect';
import type { WorkbookProfile } from '../../formula/profile';
import { inputAt } from '../state/document';
import type { TrainReply, TrainRequest } from '../train/train-protocol';
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
  /** Something of the workbook the engine left out (a key outside the grid). */
  warning?(message: string): void;
  /**
   * The worker died, stopped answering, or ran a cell on for too long after a Cancel (`why` says
   * which): the app restarts it as Cancel does, with the cell it was computing stopped.
   */
  stuck?(why: string): void;
  /** A reply for the Train panel; null when the engine restarted (a run in it is gone). */
  train?(reply: TrainReply | null): void;
  /** A run that has gone on for longer than a moment: the cell it computes and the cells stopped; null once it is over. */
  run?(state: RunState | null): void;
}

export interface RunState {
  running: string | null;
  stopped: string[];
}

export interface LoadOptions {
  /** No formula is computed; each shows its input (the last session died computing this workbook). */
  hold?: boolean;
  /** The file the workbook was just read from, unchanged: the worker reads it rather than be sent the workbook. */
  source?: Blob;
}

export interface WorkerClient {
  /** Replaces the workbook. `cancelled` replaces the stopped cells; without it, those whose input is unchanged stay stopped. */
  load(file: WorkbookFile, cancelled?: string[], options?: LoadOptions): void;
  edit(edits: [string, string][]): void;
  inspect(label: string): Promise<InspectInfo | null>;
  /** A window of a cell's tensor; null when it holds none (or the engine restarted). */
  elements(label: string, window: ElementWindow): Promise<ElementPage | null>;
  /** The whole workbook recalculated under the autograd profiler; null when it could not be (or the engine restarted). */
  profile(): Promise<WorkbookProfile | null>;
  /** A request of the Train panel (app/train/train-protocol.ts); its replies come to `events.train`. */
  train(msg: TrainRequest): void;
  /**
   * Stops the cell being computed: the worker restarts from `file` with it (and the cells stopped
   * before, unless edited since) showing #LOOP!. Returns every stopped cell.
   */
  cancel(file: WorkbookFile): string[];
  dispose(): void;
}

const BUSY_AFTER_MS = 250;

/**
 * How long a worker with work to do may send nothing before it counts as dead. A long cell is
 * silent while it computes; the engine's time budget ends any cell far sooner.
 */
export const SILENT_MS = 30_000;

/**
 * After a Cancel (or a restart) until the run is over, how long one cell may compute: the other
 * runaway cells of the workbook are stopped this way, one by one, without the user.
 */
export const GUARDED_MS = 10_000;

/** Restarts in a row with no cell to stop (no progress, no reply between them) after which the worker is left alone. */
const MAX_RESTARTS = 3;

// size: one closure over the worker and its pending requests; each request kind is a few lines inside it.
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
  const profiles = new Map<number, (profile: WorkbookProfile | null) => void>();
  let inspectId = 0;
  let busyTimer: ReturnType<typeof setTimeout> | null = null;
  let busy = false;
  let silentTimer: ReturnType<typeof setTimeout> | null = null;
  let restarts = 0;
  /** Set by a restart until its run is over: a cell then computes for GUARDED_MS at most. */
  let guarded = false;

  const runState = (): RunState => ({ running, stopped: [...cancelled.keys()] });
  const setBusy = (on: boolean): void => {
    if (busy === on) return;
    events.busy((busy = on));
    events.run?.(on ? runState() : null);
  };
  const stuck = (why: string): void => {
    if (running === null && ++restarts > MAX_RESTARTS)
      return events.bug(`the engine ${why}, ${MAX_RESTARTS} times in a row; reload the page`, '');
    events.stuck?.(why);
  };
  /** Restarts the wait for a sign of life while work is outstanding. */
  const listen = (): void => {
    if (silentTimer !== null) clearTimeout(silentTimer);
    silentTimer = null;
    if (answered >= version) return;
    const ms = guarded ? GUARDED_MS : SILENT_MS;
    const why = guarded && running ? `computed ${running} for over ${ms / 1000} s after Cancel` : `sent nothing for ${ms / 1000} s`;
    silentTimer = setTimeout(() => ((silentTimer = null), stuck(why)), ms);
  };
  const watch = (): void => {
    if (busyTimer === null) busyTimer = setTimeout(() => ((busyTimer = null), answered < version && setBusy(true)), BUSY_AFTER_MS);
    listen();
  };
  const settle = (): void => {
    if (answered >= version) {
      if (busyTimer !== null) clearTimeout(busyTimer);
      busyTimer = null;
      guarded = false;
      setBusy(false);
    }
    listen();
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
      if (reply.pending) setPending(reply.pending);
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
    if (reply.type === 'profile') {
      profiles.get(reply.id)?.(reply.profile);
      profiles.delete(reply.id);
      return;
    }
    if (reply.type === 'train') return events.train?.(reply.msg);
    if (reply.version < floor) return;
    if (reply.type === 'warning') return events.warning?.(reply.message);
    if (reply.type === 'running') {
      running = reply.cell;
      listen();
      if (busy) events.run?.(runState());
      return;
    }
    if (reply.type === 'values' && reply.done) restarts = 0;
    if (reply.type === 'values') onValues(reply);
    if (reply.type === 'values' && !reply.done) return listen();
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
    const mine = (worker = spawn());
    worker.onmessage = onMessage;
    // An error that escaped the worker's own catch leaves it in no known state: it is restarted.
    worker.onerror = (e) => {
      e.preventDefault?.();
      if (worker === mine) stuck(`failed (${e.message || 'an error escaped it'})`);
    };
    worker.onmessageerror = () => worker === mine && stuck('sent a reply that could not be read');
  };
  const send = (msg: Request): void => worker.postMessage(msg);
  const sendLoad = (file: WorkbookFile, options: LoadOptions = {}): void => {
    floor = ++version;
    inFlight.clear();
    running = null;
    loaded = new Set();
    send({
      type: 'load',
      version,
      file: options.source ?? file,
      cancelled: [...cancelled.keys()],
      ...(options.hold ? { hold: true } : {}),
    });
    watch();
  };

  start();
  return {
    load(file, stopped, options) {
      if (stopped) cancelled = new Map(stopped.map((label) => [label, inputAt(file, label)]));
      else for (const [label, input] of cancelled) if (inputAt(file, label) !== input) cancelled.delete(label);
      setPending([]);
      sendLoad(file, options);
    },
    edit(edits) {
      for (const [label] of edits) cancelled.delete(label);
      inFlight.set(
        ++version,
        edits.map(([label]) => label),
      );
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
    profile() {
      const id = ++inspectId;
      return new Promise((resolve) => {
        profiles.set(id, resolve);
        send({ type: 'profile', id });
      });
    },
    train(msg) {
      send({ type: 'train', msg });
    },
    cancel(file) {
      // Only the announced cell is stopped; formulas typed meanwhile are in `file` and run afresh.
      const stop = running !== null ? [running] : [...new Set([...inFlight.values()].flat())];
      for (const label of stop) cancelled.set(label, inputAt(file, label));
      guarded = true;
      worker.terminate();
      for (const resolve of inspections.values()) resolve(null);
      inspections.clear();
      for (const resolve of pages.values()) resolve(null);
      pages.clear();
      for (const resolve of profiles.values()) resolve(null);
      profiles.clear();
      events.train?.(null);
      start();
      // The values shown stay until the new worker sends its own; what was pending still is.
      setPending(pending.filter((label) => !cancelled.has(label)));
      sendLoad(file);
      if (busy) events.run?.(runState());
      return [...cancelled.keys()];
    },
    dispose() {
      if (silentTimer !== null) clearTimeout(silentTimer);
      worker.terminate();
    },
  };
}

function defaultSpawn(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'gradsheet-engine' });
}
