// Owns the Train panel (SPEC §12): the loss cell, the parameter cells to train, the optimizer and its
// settings, Run and Stop, a progress bar, the loss curve drawn as it falls, and Keep or Discard at the end.
// Its state and actions live in create-trainer.ts.

import { For, Show } from 'solid-js';
import { CLASS_NAMES, OPTIMIZERS, type OptimizerName } from '../../engine/optim-defaults';
import { LossCurve } from './LossCurve';
import { type HyperField, hyperFields, initialText } from './hyper-form';
import type { Trainer } from './create-trainer';
import './train.css';

const fmt = (x: number): string => (Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(3) : x.toPrecision(4));

// size: a Solid component: its JSX and the signals it reads are one piece; its logic is in create-trainer.ts.
export function TrainPanel(props: { trainer: Trainer }) {
  const t = props.trainer;
  const running = () => t.run().phase === 'running';
  const over = () => t.run().params !== null && !running();
  const last = () => {
    const ls = t.losses();
    return ls.length > 0 ? ls[ls.length - 1] : null;
  };
  return (
    <Show when={t.open()}>
      <section class="train" role="region" aria-label="Train" aria-busy={running()}>
        <div class="train-head">
          <h2 class="train-heading">Train</h2>
          <button class="tool" aria-label="Close this panel" onClick={() => t.close()}>
            ×
          </button>
        </div>
        <label class="train-row">
          Loss cell
          <input
            class="train-input"
            value={t.lossText()}
            disabled={running()}
            onChange={(e) => (t.setLossText(e.currentTarget.value), t.askCheck())}
          />
        </label>
        {/* keyed: a new check (another loss cell) redraws the whole list. */}
        <Show when={t.check()} keyed>
          {(ok) =>
            ok.ok ? (
              <>
                <p class="train-note">Loss now: {fmt(ok.loss)}</p>
                <fieldset class="train-params" disabled={running()}>
                  <legend>Parameters</legend>
                  <Show
                    when={ok.candidates.length > 0}
                    fallback={<p class="train-note">No cell the loss depends on holds a tensor to train.</p>}
                  >
                    <For each={ok.candidates}>
                      {(cand) => (
                        <label class="train-check">
                          <input
                            type="checkbox"
                            checked={t.chosen().has(cand.label)}
                            onChange={(e) => t.toggle(cand.label, e.currentTarget.checked)}
                          />
                          {t.nameOf(cand.label) === null ? '' : `${t.nameOf(cand.label)} · `}
                          {cand.label} <span class="train-note">[{cand.shape.join(', ')}]</span>
                        </label>
                      )}
                    </For>
                  </Show>
                </fieldset>
              </>
            ) : (
              <p class="train-error" role="alert">
                {ok.message}
              </p>
            )
          }
        </Show>
        <fieldset class="train-settings" disabled={running()}>
          <legend>Settings</legend>
          <label class="train-row">
            Optimizer
            <select value={t.optimizer()} onChange={(e) => t.setOptimizer(e.currentTarget.value as OptimizerName)}>
              <For each={OPTIMIZERS}>{(name) => <option value={name}>{CLASS_NAMES[name]}</option>}</For>
            </select>
          </label>
          <For each={hyperFields(t.optimizer())}>{(field) => <HyperInput trainer={t} field={field} />}</For>
          <label class="train-row">
            Steps
            <input class="train-input" inputmode="numeric" value={t.stepsText()} onChange={(e) => t.setStepsText(e.currentTarget.value)} />
          </label>
        </fieldset>
        <div class="train-actions">
          <button class="tool train-primary" disabled={running() || !t.check()?.ok} onClick={() => t.start()}>
            Run
          </button>
          <button class="tool" disabled={!running()} onClick={() => t.stop()}>
            Stop
          </button>
          <button class="tool" disabled={!over()} onClick={() => t.keep()}>
            Keep
          </button>
          <button class="tool" disabled={!over()} onClick={() => t.discard()}>
            Discard
          </button>
        </div>
        <div
          class="train-progress"
          role="progressbar"
          aria-label="Training progress"
          aria-valuemin={0}
          aria-valuemax={t.run().steps}
          aria-valuenow={t.run().step}
        >
          <div class="train-progress-bar" style={{ width: `${t.run().steps > 0 ? (100 * t.run().step) / t.run().steps : 0}%` }} />
        </div>
        <p class="train-note" role="status">
          {t.run().phase === 'idle' ? 'Not running.' : `${phaseWord(t.run().phase)}: step ${t.run().step} of ${t.run().steps}`}
          {last() === null ? '' : `, loss ${fmt(last()!)}`}
        </p>
        <Show when={t.run().message}>
          {(m) => (
            <Show
              when={t.run().phase === 'failed'}
              fallback={
                <p class="train-note" aria-live="polite">
                  {m()}
                </p>
              }
            >
              <p class="train-error" role="alert">
                {m()}
              </p>
            </Show>
          )}
        </Show>
        <label class="train-check">
          <input type="checkbox" checked={t.logScale()} onChange={(e) => t.setLogScale(e.currentTarget.checked)} />
          Log scale
        </label>
        <LossCurve losses={t.losses} log={t.logScale()} />
      </section>
    </Show>
  );
}

const phaseWord = (phase: string): string =>
  ({ running: 'Training', stopped: 'Stopped', done: 'Done', failed: 'Stopped by a problem' })[phase] ?? phase;

function HyperInput(props: { trainer: Trainer; field: HyperField }) {
  const t = props.trainer;
  const f = props.field;
  const text = () => t.texts()[f.key] ?? initialText(f);
  const hint = f.torchDefault === null ? 'no default in torch.optim' : `torch.optim: ${f.torchDefault}`;
  return (
    <Show
      when={f.kind === 'bool'}
      fallback={
        <label class="train-row">
          {f.key}
          <input class="train-input" value={text()} onChange={(e) => t.setText(f.key, e.currentTarget.value)} />
          <span class="train-note">{hint}</span>
        </label>
      }
    >
      <label class="train-check">
        <input type="checkbox" checked={text() === 'true'} onChange={(e) => t.setText(f.key, String(e.currentTarget.checked))} />
        {f.key} <span class="train-note">({hint})</span>
      </label>
    </Show>
  );
}
