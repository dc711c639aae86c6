import { describe, expect, it } from 'vitest';
import { Workbook } from '../../formula/book';
import { makeTrainWorker } from './train-worker';
import type { TrainProgress, TrainReply } from './train-protocol';

function setup() {
  let book = new Workbook();
  book.setMany([
    ['A1', '=tensor([0., 0.], requires_grad=True)'],
    ['A2', '=sum((A1 - [3, -1]) ** 2)'],
  ]);
  const replies: TrainReply[] = [];
  let published = 0;
  const queue: (() => void)[] = [];
  const worker = makeTrainWorker({ book: () => book, post: (r) => replies.push(r), publish: () => published++ }, (next) =>
    queue.push(next),
  );
  const progress = (): TrainProgress[] => replies.flatMap((r) => (r.kind === 'progress' ? [r.progress] : []));
  const drain = (): void => {
    while (queue.length > 0) queue.shift()!();
  };
  const start = (steps: number) =>
    worker.handle({ kind: 'start', run: 1, config: { loss: 'Sheet1!A2', params: ['Sheet1!A1'], optimizer: 'adam', hyper: {}, steps } });
  return {
    book: () => book,
    replace: (b: Workbook) => (book = b),
    worker,
    replies,
    progress,
    queue,
    drain,
    start,
    published: () => published,
  };
}

describe('the Train worker', () => {
  it('answers a check with the candidates', () => {
    const s = setup();
    s.worker.handle({ kind: 'check', id: 7, loss: 'Sheet1!A2' });
    expect(s.replies).toEqual([
      { kind: 'check', id: 7, check: { ok: true, loss: 10, candidates: [{ label: 'Sheet1!A1', shape: [2], checked: true }] } },
    ]);
  });

  it('runs in slices, each posting the new losses and the values, and ends with the trained parameters', () => {
    const s = setup();
    s.start(3);
    expect(s.queue.length).toBe(1);
    s.drain();
    const [last] = s.progress().slice(-1);
    expect(last.state).toBe('done');
    expect(last.step).toBe(3);
    expect(s.progress().flatMap((p) => p.losses).length).toBe(3);
    expect(s.progress().every((p, i, all) => i === 0 || p.from === all[i - 1].from + all[i - 1].losses.length)).toBe(true);
    // Each of Adam's first steps moves a parameter by about lr = 0.001 towards its target (eps aside).
    expect(last.params?.[0].data[0]).toBeCloseTo(0.003, 6);
    expect(s.published()).toBeGreaterThan(0);
    expect(s.book().heldCells()).toEqual(['Sheet1!A1']);
    s.worker.handle({ kind: 'release', run: 1 });
    expect(s.book().heldCells()).toEqual([]);
  });

  it('stops after the step in progress when asked, keeping what it trained', () => {
    const s = setup();
    s.start(1_000_000);
    s.queue.shift()!();
    expect(s.progress()[0].state).toBe('running');
    s.worker.handle({ kind: 'stop', run: 1 });
    s.drain();
    const [last] = s.progress().slice(-1);
    expect(last.state).toBe('stopped');
    expect(last.step).toBe(s.progress()[0].step);
    expect(last.params?.[0].data[0]).toBeGreaterThan(0);
  });

  it('reports a run that cannot start, and one whose workbook was reloaded', () => {
    const s = setup();
    s.worker.handle({ kind: 'start', run: 2, config: { loss: 'Sheet1!A2', params: [], optimizer: 'sgd', hyper: { lr: 1 }, steps: 5 } });
    expect(s.progress()[0]).toMatchObject({ run: 2, state: 'failed', message: 'Choose at least one parameter cell to train.' });
    s.start(1_000_000);
    s.replace(new Workbook());
    s.worker.reset();
    s.drain();
    expect(s.progress().slice(-1)[0]).toMatchObject({
      run: 1,
      state: 'failed',
      message: 'The workbook was reloaded, which ended the training.',
    });
  });
});
