// Owns the Train panel's side of the engine worker: checking a loss cell, and running a training in slices
// of SLICE_MS with the worker's message queue served between them (setTimeout 0), so edits, Stop and
// other requests get through while it runs. Each slice posts its progress and, through the 'values'
// reply the app already applies, the cells it changed (the parameters and what reads them).

import type { Workbook } from '../../formula/book';
import { checkLoss } from './candidates';
import { TrainRun } from './trainer';
import type { RunState, TrainProgress, TrainReply, TrainRequest } from './train-protocol';

/** How long one slice trains before the worker serves its queue and the page redraws (ms). */
export const SLICE_MS = 40;

export interface TrainHost {
  book(): Workbook;
  post(reply: TrainReply): void;
  /** Sends the cells whose values changed, as an edit's values are sent, timed from `since` (ms, the worker's clock; default now). */
  publish(since?: number): void;
}

interface Current {
  id: number;
  run: TrainRun;
  book: Workbook;
  /** Losses already posted. */
  sent: number;
  stopping: boolean;
  over: boolean;
}

/** How the run stands, with the losses not posted yet (marked posted now). */
function progress(c: Current, state: RunState, message?: string): TrainProgress {
  const losses = c.run.losses.slice(c.sent);
  const from = c.sent;
  c.sent = c.run.losses.length;
  const over = state !== 'running';
  return {
    run: c.id,
    state,
    step: c.run.step,
    steps: c.run.config.steps,
    from,
    losses,
    ...(message === undefined ? {} : { message }),
    ...(over ? { params: c.run.trained() } : {}),
  };
}

/** The reply to a run that could not start. */
const refused = (run: number, steps: number, message: string): TrainReply => ({
  kind: 'progress',
  progress: { run, state: 'failed', step: 0, steps, from: 0, losses: [], message },
});

export function makeTrainWorker(host: TrainHost, schedule: (next: () => void) => void = (next) => void setTimeout(next, 0)) {
  let current: Current | null = null;

  const finish = (c: Current, state: RunState, message?: string): void => {
    c.over = true;
    host.post({ kind: 'progress', progress: progress(c, state, message) });
  };

  /** Trains for one slice; recalculations announce nothing meanwhile (the run is its own progress). */
  const slice = (c: Current): void => {
    if (current !== c || c.over) return;
    if (c.stopping) return finish(c, 'stopped');
    const listener = c.book.onProgress;
    c.book.onProgress = null;
    const began = performance.now();
    let problem: string | null;
    try {
      problem = c.run.slice(SLICE_MS);
    } catch (e) {
      problem = `The training failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      c.book.onProgress = listener;
    }
    // The status bar's "Recalculated in" then says what the slice took, not 0 ms.
    host.publish(began);
    if (problem !== null) return finish(c, 'failed', problem);
    if (c.run.finished) return finish(c, 'done');
    host.post({ kind: 'progress', progress: progress(c, 'running') });
    schedule(() => slice(c));
  };

  const release = (): void => {
    if (current === null) return;
    const c = current;
    current = null;
    c.over = true;
    if (c.book !== host.book()) return;
    c.book.release(c.run.config.params);
    host.publish();
  };

  return {
    handle(msg: TrainRequest): void {
      switch (msg.kind) {
        case 'check':
          host.post({ kind: 'check', id: msg.id, check: checkLoss(host.book(), msg.loss) });
          return;
        case 'start': {
          release();
          const book = host.book();
          const run = TrainRun.start(book, msg.config);
          if (typeof run === 'string') return host.post(refused(msg.run, msg.config.steps, run));
          const c: Current = { id: msg.run, run, book, sent: 0, stopping: false, over: false };
          current = c;
          return schedule(() => slice(c));
        }
        case 'stop':
          if (current?.id === msg.run) current.stopping = true;
          return;
        case 'release':
          if (current?.id === msg.run) release();
          return;
      }
    },
    /** The workbook was replaced (a load): a run on the old one ends, keeping what it trained. */
    reset(): void {
      const c = current;
      if (c === null) return;
      current = null;
      if (c.over) return;
      c.over = true;
      // Without the trained values: Keep would write them into the workbook that replaced theirs.
      const { params: _gone, ...p } = progress(c, 'failed', 'The workbook was reloaded, which ended the training.');
      host.post({ kind: 'progress', progress: p });
    },
  };
}

export type TrainWorker = ReturnType<typeof makeTrainWorker>;
