// Owns the Train panel's state on the page: whether it is open, the loss cell and its check, the parameters
// chosen, the optimizer's settings, the run as the worker reports it (its losses gathered as they come),
// and Run, Stop, Keep and Discard. Plain signals over the worker client; TrainPanel reads them.

import { batch, createSignal } from 'solid-js';
import { type HyperName, type OptimizerName } from '../../engine/optim-defaults';
import type { SheetStore } from '../state/createSheetStore';
import type { WorkerClient } from '../worker/client';
import { PANEL_STEPS, readHyper } from './hyper-form';
import { keptEntries } from './keep';
import { lossLabel } from './loss-ref';
import type { LossCheck, RunState, TrainProgress, TrainReply, TrainedParam } from './train-protocol';

export type Phase = 'idle' | RunState;

/** What the run has reported: its phase, steps, a message in words, and the trained values once it is over. */
export interface RunView {
  phase: Phase;
  step: number;
  steps: number;
  message: string | null;
  params: TrainedParam[] | null;
}

const IDLE: RunView = { phase: 'idle', step: 0, steps: 0, message: null, params: null };

/** Losses appended in order; a progress message that does not follow on (a lost message) is refused. */
export function appendLosses(losses: number[], p: Pick<TrainProgress, 'from' | 'losses'>): boolean {
  if (p.from !== losses.length) return false;
  for (const x of p.losses) losses.push(x);
  return true;
}

// size: the panel's state as one closure: each action is a few lines over the signals it shares with the others.
export function createTrainer(client: () => WorkerClient, store: SheetStore) {
  const [open, setOpen] = createSignal(false);
  const [lossText, setLossText] = createSignal('');
  const [check, setCheck] = createSignal<LossCheck | null>(null);
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(new Set());
  const [optimizer, setOptimizerSignal] = createSignal<OptimizerName>('adam');
  const [texts, setTexts] = createSignal<Partial<Record<HyperName, string>>>({});
  const [stepsText, setStepsText] = createSignal(String(PANEL_STEPS));
  const [logScale, setLogScale] = createSignal(true);
  const [run, setRun] = createSignal<RunView>(IDLE);
  /** The losses so far; `lossCount` changes whenever it grows (the array itself is appended in place). */
  const losses: number[] = [];
  const [lossCount, setLossCount] = createSignal(0);
  let checkId = 0;
  let runId = 0;

  const label = (): { label: string } | { problem: string } => lossLabel(lossText(), store.activeSheet(), store.doc().names);

  const askCheck = (): void => {
    const l = label();
    const id = ++checkId;
    if ('problem' in l) return void setCheck({ ok: false, message: l.problem });
    setCheck(null);
    client().train({ kind: 'check', id, loss: l.label });
  };

  const receive = (reply: TrainReply | null): void => {
    if (reply === null) {
      if (run().phase === 'running') setRun({ ...run(), phase: 'failed', message: 'The engine restarted, which ended the training.' });
      return;
    }
    if (reply.kind === 'check') {
      if (reply.id !== checkId) return;
      batch(() => {
        setCheck(reply.check);
        setChosen(new Set(reply.check.ok ? reply.check.candidates.filter((c) => c.checked).map((c) => c.label) : []));
      });
      return;
    }
    const p = reply.progress;
    if (p.run !== runId || run().phase !== 'running') return;
    if (appendLosses(losses, p)) setLossCount(losses.length);
    const over = p.state !== 'running';
    setRun({ phase: p.state, step: p.step, steps: p.steps, message: p.message ?? null, params: over ? (p.params ?? null) : null });
  };

  const release = (): void => {
    const id = runId;
    // After the edits Keep queued (they go out at the end of this task): the cells never flash their old values.
    queueMicrotask(() => client().train({ kind: 'release', run: id }));
  };

  const start = (): void => {
    const l = label();
    const c = check();
    if ('problem' in l || !c?.ok)
      return void setRun({ ...IDLE, phase: 'failed', message: c && !c.ok ? c.message : 'Check the loss cell first.' });
    const hyper = readHyper(optimizer(), texts());
    const steps = Number(stepsText());
    if (typeof hyper === 'string') return void setRun({ ...IDLE, phase: 'failed', message: hyper });
    if (run().phase !== 'idle') release();
    losses.length = 0;
    batch(() => {
      setLossCount(0);
      setRun({ ...IDLE, phase: 'running', steps });
    });
    const params = c.candidates.map((x) => x.label).filter((x) => chosen().has(x));
    client().train({ kind: 'start', run: ++runId, config: { loss: l.label, params, optimizer: optimizer(), hyper, steps } });
  };

  return {
    open,
    lossText,
    check,
    chosen,
    optimizer,
    texts,
    stepsText,
    logScale,
    run,
    lossCount,
    losses: (): readonly number[] => (lossCount(), losses),
    receive,
    /** The workbook name of a cell (`w` for `Fit!A6`), or null. */
    nameOf(cell: string): string | null {
      const names = store.doc().names;
      for (const name of Object.keys(names)) {
        const target = lossLabel(names[name], store.activeSheet(), {});
        if ('label' in target && target.label === cell) return name;
      }
      return null;
    },
    /** Opens the panel on a loss cell (the selected one) and checks it. */
    openFor(loss: string): void {
      setOpen(true);
      if (run().phase === 'running') return;
      setLossText(loss);
      askCheck();
    },
    close(): void {
      if (run().phase === 'running') client().train({ kind: 'stop', run: runId });
      setOpen(false);
    },
    setLossText,
    askCheck,
    toggle(labelOf: string, on: boolean): void {
      const next = new Set(chosen());
      if (on) next.add(labelOf);
      else next.delete(labelOf);
      setChosen(next);
    },
    setOptimizer(name: OptimizerName): void {
      batch(() => (setOptimizerSignal(name), setTexts({})));
    },
    setText(key: HyperName, text: string): void {
      setTexts({ ...texts(), [key]: text });
    },
    setStepsText,
    setLogScale,
    start,
    stop(): void {
      if (run().phase === 'running') client().train({ kind: 'stop', run: runId });
    },
    /** Writes the trained values into the parameter cells as one undo step, then ends the holds. */
    keep(): void {
      const params = run().params;
      if (params === null || params.length === 0) return;
      const entries = keptEntries(store.doc(), params);
      if (typeof entries === 'string') return void setRun({ ...run(), message: entries });
      store.actions.setCellEntries(entries);
      release();
      setRun({ ...IDLE, message: `Kept: ${params.map((p) => p.label).join(', ')} (Undo restores the formulas).` });
    },
    /** Ends the holds: the parameter cells show what their formulas give again. */
    discard(): void {
      release();
      setRun({ ...IDLE, message: 'Discarded: the parameter cells show their formulas again.' });
    },
  };
}

export type Trainer = ReturnType<typeof createTrainer>;
