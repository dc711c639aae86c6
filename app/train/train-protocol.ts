// Owns the messages between the Train panel and its run in the engine worker (carried inside the worker
// protocol's `train` request and reply, app/worker/protocol.ts).

import type { Hyper, OptimizerName } from '../../engine/optim-defaults';

/** A cell the loss depends on that may be trained: a float tensor computed from no other parameter. */
export interface Candidate {
  label: string;
  shape: number[];
  /** Created with requires_grad (a parameter, as PyTorch means it): offered checked. */
  checked: boolean;
}

/** The loss cell checked: its parameter candidates, or why it cannot be trained, in words. */
export type LossCheck = { ok: true; loss: number; candidates: Candidate[] } | { ok: false; message: string };

export interface TrainConfig {
  loss: string;
  params: string[];
  optimizer: OptimizerName;
  hyper: Partial<Hyper>;
  steps: number;
}

/** A parameter's values after the steps taken so far. */
export interface TrainedParam {
  label: string;
  shape: number[];
  data: number[];
}

export type RunState = 'running' | 'stopped' | 'done' | 'failed';

/**
 * How a run stands. `losses` are the losses of steps `from` … `from + losses.length - 1` (only those new since
 * the last message); `params` comes once the run is over (stopped, done, or failed after some steps).
 */
export interface TrainProgress {
  run: number;
  state: RunState;
  step: number;
  steps: number;
  from: number;
  losses: number[];
  message?: string;
  params?: TrainedParam[];
}

export type TrainRequest =
  | { kind: 'check'; id: number; loss: string }
  | { kind: 'start'; run: number; config: TrainConfig }
  /** Stops after the step in progress; the parameters keep the values trained so far. */
  | { kind: 'stop'; run: number }
  /** Ends the holds: the parameter cells show what their inputs give again (after Keep, the trained values). */
  | { kind: 'release'; run: number };

export type TrainReply = { kind: 'check'; id: number; check: LossCheck } | { kind: 'progress'; progress: TrainProgress };
