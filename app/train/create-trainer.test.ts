import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createSheetStore } from '../state/createSheetStore';
import { emptyWorkbook, entryAt } from '../state/document';
import { idleClient } from '../worker/test-helpers';
import { appendLosses, createTrainer } from './create-trainer';
import type { TrainRequest } from './train-protocol';

describe('appendLosses', () => {
  it('appends losses that follow on and refuses a gap', () => {
    const losses = [1, 2];
    expect(appendLosses(losses, { from: 2, losses: [3, 4] })).toBe(true);
    expect(appendLosses(losses, { from: 5, losses: [9] })).toBe(false);
    expect(losses).toEqual([1, 2, 3, 4]);
  });
});

/** A trainer over a real store and a client that records the Train requests. */
function withTrainer(
  run: (t: ReturnType<typeof createTrainer>, store: ReturnType<typeof createSheetStore>, sent: TrainRequest[]) => Promise<void>,
) {
  return createRoot(async (dispose) => {
    const sent: TrainRequest[] = [];
    const client = idleClient({
      train: (msg) => void sent.push(msg),
    });
    const store = createSheetStore(() => client);
    const doc = emptyWorkbook();
    doc.sheets[0].cells = { A1: '=randn(2, requires_grad=True)', A2: '=sum(A1 ** 2)' };
    store.actions.open(doc);
    try {
      await run(
        createTrainer(() => client, store),
        store,
        sent,
      );
    } finally {
      dispose();
    }
  });
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createTrainer', () => {
  it('checks the loss, runs, gathers the losses, and keeps the trained values as one undo step', () =>
    withTrainer(async (t, store, sent) => {
      t.openFor('Sheet1!A2');
      expect(sent).toEqual([{ kind: 'check', id: 1, loss: 'Sheet1!A2' }]);
      t.receive({ kind: 'check', id: 1, check: { ok: true, loss: 5, candidates: [{ label: 'Sheet1!A1', shape: [2], checked: true }] } });
      expect([...t.chosen()]).toEqual(['Sheet1!A1']);
      expect(t.nameOf('Sheet1!A1')).toBeNull();
      store.actions.setName('w', 'Sheet1!A1');
      expect(t.nameOf('Sheet1!A1')).toBe('w');
      t.setOptimizer('sgd');
      t.setText('lr', '0.25');
      t.setStepsText('4');
      t.start();
      expect(sent[1]).toEqual({
        kind: 'start',
        run: 1,
        config: {
          loss: 'Sheet1!A2',
          params: ['Sheet1!A1'],
          optimizer: 'sgd',
          hyper: { lr: 0.25, momentum: 0, dampening: 0, weight_decay: 0, nesterov: false, maximize: false },
          steps: 4,
        },
      });
      t.receive({ kind: 'progress', progress: { run: 1, state: 'running', step: 2, steps: 4, from: 0, losses: [5, 2.5] } });
      expect(t.losses()).toEqual([5, 2.5]);
      expect(t.run().phase).toBe('running');
      const params = [{ label: 'Sheet1!A1', shape: [2], data: [0.5, -0.25] }];
      t.receive({ kind: 'progress', progress: { run: 1, state: 'done', step: 4, steps: 4, from: 2, losses: [1.25, 0.625], params } });
      expect(t.run()).toMatchObject({ phase: 'done', step: 4, params });
      const undoBefore = store.historySize().undo;
      t.keep();
      expect(entryAt(store.doc(), 'Sheet1!A1')).toEqual({
        input: '=torch.tensor([0.5, -0.25], requires_grad=True)',
        note: 'trained from: =randn(2, requires_grad=True)',
      });
      expect(store.historySize().undo).toBe(undoBefore + 1);
      await tick();
      expect(sent.at(-1)).toEqual({ kind: 'release', run: 1 });
      store.actions.undo();
      expect(entryAt(store.doc(), 'Sheet1!A1')).toBe('=randn(2, requires_grad=True)');
    }));

  it('says what is wrong before a run, and hears of a restart', () =>
    withTrainer(async (t, _store, sent) => {
      t.openFor('A1:B2');
      expect(t.check()).toEqual({ ok: false, message: '"A1:B2" is a range; the loss is one cell.' });
      t.start();
      expect(t.run()).toMatchObject({ phase: 'failed', message: '"A1:B2" is a range; the loss is one cell.' });
      t.setLossText('A2');
      t.askCheck();
      t.receive({ kind: 'check', id: 2, check: { ok: true, loss: 5, candidates: [] } });
      t.setText('lr', 'x');
      t.start();
      expect(t.run().message).toBe('lr must be a number, got "x".');
      t.setText('lr', '0.1');
      t.start();
      expect(t.run().phase).toBe('running');
      t.receive(null);
      expect(t.run()).toMatchObject({ phase: 'failed', message: 'The engine restarted, which ended the training.' });
      expect(sent.filter((m) => m.kind === 'start')).toHaveLength(1);
    }));
});
