import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkbook } from '../state/document';
import { GUARDED_MS, SILENT_MS, makeWorkerClient } from './client';
import type { WorkbookFile } from '../../storage/format';
import type { CellView } from './cell-view';
import type { Reply, Request } from './protocol';
import type { TrainProgress } from '../train/train-protocol';

/** A stand-in Worker: records requests; the test answers them. */
class FakeWorker {
  static all: FakeWorker[] = [];
  requests: Request[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<Reply>) => void) | null = null;
  onerror: ((e: Partial<ErrorEvent>) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(r: Request) {
    this.requests.push(r);
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: Reply) {
    this.onmessage?.({ data: r } as MessageEvent<Reply>);
  }
}

function setup() {
  const events = {
    values: vi.fn(),
    pending: vi.fn(),
    busy: vi.fn(),
    bug: vi.fn(),
    stuck: vi.fn(),
    run: vi.fn(),
    warning: vi.fn(),
    train: vi.fn(),
  };
  const client = makeWorkerClient(events, () => new FakeWorker() as unknown as Worker);
  return { client, events, worker: () => FakeWorker.all[FakeWorker.all.length - 1] };
}

const values = (version: number, reset = false, vals: Record<string, CellView> = {}): Reply => ({
  type: 'values',
  version,
  reset,
  done: true,
  values: vals,
  pending: [],
  ms: 1,
});
const view = (text: string): CellView => ({ kind: 'tensor', text, shape: [] });
/** A reply of a run still going: some values, and the formula cells not computed yet. */
const partial = (version: number, reset: boolean, vals: Record<string, CellView>, pending: string[]): Reply => ({
  type: 'values',
  version,
  reset,
  done: false,
  values: vals,
  pending,
  ms: 1,
});
const file = (cells: Record<string, string>): WorkbookFile => ({ ...emptyWorkbook(), sheets: [{ name: 'Sheet1', cells }] });
const SLOW = '=no_grad(repeat(1000000, 0, a => a + 1))';

describe('worker client', () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('tags requests with increasing versions and passes replies on', () => {
    const { client, events, worker } = setup();
    client.edit([['Sheet1!A1', '1']]);
    client.edit([['Sheet1!A2', '2']]);
    expect(worker().requests.map((r) => ('version' in r ? r.version : -1))).toEqual([1, 2]);
    worker().reply(values(1));
    worker().reply(values(2));
    expect(events.values).toHaveBeenCalledTimes(2);
  });

  it('drops replies older than the last reload', () => {
    const { client, events, worker } = setup();
    client.edit([['Sheet1!A1', '1']]);
    client.load(emptyWorkbook());
    worker().reply(values(1));
    expect(events.values).not.toHaveBeenCalled();
    worker().reply(values(2, true));
    expect(events.values).toHaveBeenCalledWith({}, true, 1, new Set());
  });

  it('says it is busy only when a computation takes longer than a moment', () => {
    const { client, events, worker } = setup();
    client.edit([['Sheet1!A1', '1']]);
    worker().reply(values(1));
    vi.advanceTimersByTime(1000);
    expect(events.busy).not.toHaveBeenCalled();
    client.edit([['Sheet1!A1', '=while(1, y => true, y => y)']]);
    vi.advanceTimersByTime(1000);
    expect(events.busy).toHaveBeenLastCalledWith(true);
  });

  it('cancels by restarting the worker without the runaway cells', () => {
    const { client, worker } = setup();
    const first = worker();
    client.edit([['Sheet1!A1', '=while(1, y => true, y => y)']]);
    const stopped = client.cancel(emptyWorkbook());
    expect(stopped).toEqual(['Sheet1!A1']);
    expect(first.terminated).toBe(true);
    expect(worker()).not.toBe(first);
    expect(worker().requests[0]).toMatchObject({ type: 'load', cancelled: ['Sheet1!A1'] });
    // A late reply from the old worker cannot arrive, and one from before the reload is dropped.
    first.reply(values(1));
  });

  it('passes partial results on as they come, and the cells still pending', () => {
    const { client, events, worker } = setup();
    client.edit([['Sheet1!A1', '2']]);
    worker().reply(partial(1, false, { 'Sheet1!A2': view('4') }, ['Sheet1!A3']));
    expect(events.values).toHaveBeenLastCalledWith({ 'Sheet1!A2': view('4') }, false, 1);
    expect(events.pending).toHaveBeenLastCalledWith(['Sheet1!A3']);
    // The run is not over: still busy after a moment.
    vi.advanceTimersByTime(1000);
    expect(events.busy).toHaveBeenLastCalledWith(true);
    worker().reply(values(1));
    expect(events.pending).toHaveBeenLastCalledWith([]);
    expect(events.busy).toHaveBeenLastCalledWith(false);
  });

  it('passes each reply of a load on as it comes, and its last names every cell the load listed', () => {
    const { client, events, worker } = setup();
    client.load(file({ A1: '=1', B1: SLOW }));
    worker().reply(partial(1, true, { 'Sheet1!A1': view('1') }, ['Sheet1!B1']));
    expect(events.values).toHaveBeenLastCalledWith({ 'Sheet1!A1': view('1') }, false, 1);
    worker().reply(values(1, true, { 'Sheet1!B1': view('1000000') }));
    expect(events.values).toHaveBeenLastCalledWith({ 'Sheet1!B1': view('1000000') }, true, 1, new Set(['Sheet1!A1', 'Sheet1!B1']));
  });

  it('stops the cell the worker announced during a load, and keeps what is shown', () => {
    const { client, events, worker } = setup();
    const doc = file({ A1: '=1', B1: SLOW, C1: SLOW, D1: '=B1 + 1' });
    client.load(doc);
    worker().reply(partial(1, true, { 'Sheet1!A1': view('1') }, ['Sheet1!B1', 'Sheet1!C1', 'Sheet1!D1']));
    worker().reply({ type: 'running', version: 1, cell: 'Sheet1!B1' });
    events.values.mockClear();
    expect(client.cancel(doc)).toEqual(['Sheet1!B1']);
    expect(worker().requests[0]).toMatchObject({ type: 'load', file: doc, cancelled: ['Sheet1!B1'] });
    // Nothing is blanked meanwhile; the cells not computed are still pending, the stopped one is not.
    expect(events.values).not.toHaveBeenCalled();
    expect(events.pending).toHaveBeenLastCalledWith(['Sheet1!C1', 'Sheet1!D1']);
  });

  it('never stops a formula typed while the engine was busy', () => {
    const { client, worker } = setup();
    client.edit([['Sheet1!B1', SLOW]]);
    worker().reply({ type: 'running', version: 1, cell: 'Sheet1!B1' });
    client.edit([['Sheet1!A5', '=2 + 2']]);
    client.cancel(file({ B1: SLOW, A5: '=2 + 2' }));
    expect(worker().requests[0]).toMatchObject({ type: 'load', cancelled: ['Sheet1!B1'] });
  });

  it('keeps a stopped cell stopped through later cancels and reloads, until it is edited', () => {
    const { client, worker } = setup();
    const doc = file({ B1: SLOW, C1: SLOW });
    client.load(doc);
    worker().reply({ type: 'running', version: 1, cell: 'Sheet1!B1' });
    client.cancel(doc);
    worker().reply({ type: 'running', version: 2, cell: 'Sheet1!C1' });
    expect(client.cancel(doc)).toEqual(['Sheet1!B1', 'Sheet1!C1']);
    client.load({ ...doc, sheets: [...doc.sheets, { name: 'Sheet2', cells: {} }] });
    expect(worker().requests.at(-1)).toMatchObject({ type: 'load', cancelled: ['Sheet1!B1', 'Sheet1!C1'] });
    client.edit([['Sheet1!B1', '=1']]);
    client.load(file({ B1: '=1', C1: '=2' }));
    expect(worker().requests.at(-1)).toMatchObject({ type: 'load', cancelled: [] });
    // Opening a workbook says which cells are stopped: none.
    client.load(doc, []);
    expect(worker().requests.at(-1)).toMatchObject({ type: 'load', cancelled: [] });
  });

  it('ignores what a worker announced for a run that is over', () => {
    const { client, worker } = setup();
    client.edit([['Sheet1!B1', '=1']]);
    worker().reply({ type: 'running', version: 1, cell: 'Sheet1!B1' });
    worker().reply(values(1));
    client.edit([['Sheet1!C1', SLOW]]);
    client.cancel(file({ B1: '=1', C1: SLOW }));
    expect(worker().requests[0]).toMatchObject({ type: 'load', cancelled: ['Sheet1!C1'] });
  });

  it('asks for a window of elements and hands each answer to its own question; a restart answers null', async () => {
    const { client, worker } = setup();
    const window = { row: 9990, col: 0, rows: 10, cols: 1 };
    const a = client.elements('Sheet1!A1', window);
    const b = client.elements('Sheet1!B1', window);
    const [qa, qb] = worker().requests as Extract<Request, { type: 'elements' }>[];
    expect(qa).toMatchObject({ type: 'elements', label: 'Sheet1!A1', window });
    const page = { label: 'Sheet1!B1', shape: [10000], kind: 'float64' as const, ...window, data: new Float64Array(10) };
    worker().reply({ type: 'elements', id: qb.id, page });
    expect(await b).toBe(page);
    client.cancel(emptyWorkbook());
    expect(await a).toBeNull();
  });

  it('restarts a worker an error escaped, and gives up after a few restarts with nothing to stop', () => {
    const { events, worker } = setup();
    const fail = () => worker().onerror?.({ message: 'boom', preventDefault() {} });
    fail();
    expect(events.stuck).toHaveBeenLastCalledWith('failed (boom)');
    fail();
    fail();
    expect(events.stuck).toHaveBeenCalledTimes(3);
    fail();
    expect(events.stuck).toHaveBeenCalledTimes(3);
    expect(events.bug).toHaveBeenLastCalledWith('the engine failed (boom), 3 times in a row; reload the page', '');
  });

  it('counts a worker with work to do that sends nothing for SILENT_MS as stuck; any reply is a sign of life', () => {
    const { client, events, worker } = setup();
    client.edit([['Sheet1!A1', SLOW]]);
    vi.advanceTimersByTime(SILENT_MS - 1);
    worker().reply({ type: 'running', version: 1, cell: 'Sheet1!A1' });
    vi.advanceTimersByTime(SILENT_MS - 1);
    expect(events.stuck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(events.stuck).toHaveBeenCalledWith('sent nothing for 30 s');
    // An idle worker is never stuck.
    events.stuck.mockClear();
    worker().reply(values(1));
    vi.advanceTimersByTime(2 * SILENT_MS);
    expect(events.stuck).not.toHaveBeenCalled();
  });

  it('after Cancel, stops by itself a cell that computes for GUARDED_MS, until the run is over', () => {
    const { client, events, worker } = setup();
    const doc = file({ B1: SLOW, C1: SLOW });
    client.load(doc);
    worker().reply({ type: 'running', version: 1, cell: 'Sheet1!B1' });
    client.cancel(doc);
    worker().reply({ type: 'running', version: 2, cell: 'Sheet1!C1' });
    vi.advanceTimersByTime(GUARDED_MS);
    expect(events.stuck).toHaveBeenCalledWith('computed Sheet1!C1 for over 10 s after Cancel');
    events.stuck.mockClear();
    worker().reply(values(2, true));
    client.edit([['Sheet1!D1', SLOW]]);
    vi.advanceTimersByTime(GUARDED_MS);
    expect(events.stuck).not.toHaveBeenCalled();
  });

  it('reports a run gone long, the cell it computes and the cells stopped; null once it is over', () => {
    const { client, events, worker } = setup();
    client.edit([['Sheet1!A1', SLOW]]);
    expect(events.run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(events.run).toHaveBeenLastCalledWith({ running: null, stopped: [] });
    worker().reply({ type: 'running', version: 1, cell: 'Sheet1!A1' });
    expect(events.run).toHaveBeenLastCalledWith({ running: 'Sheet1!A1', stopped: [] });
    worker().reply(values(1));
    expect(events.run).toHaveBeenLastCalledWith(null);
  });

  it('asks for a held load, and passes warnings on', () => {
    const { client, events, worker } = setup();
    client.load(file({ A1: '=1' }), [], { hold: true });
    expect(worker().requests.at(-1)).toMatchObject({ type: 'load', hold: true });
    worker().reply({ type: 'warning', version: 1, message: 'ZZZ1 is outside the grid' });
    expect(events.warning).toHaveBeenCalledWith('ZZZ1 is outside the grid');
    client.load(file({ A1: '=1' }));
    expect(worker().requests.at(-1)).not.toHaveProperty('hold');
  });

  it("passes the Train panel's requests and replies through, and tells it of a restart", () => {
    const { client, events, worker } = setup();
    client.train({ kind: 'stop', run: 3 });
    expect(worker().requests).toEqual([{ type: 'train', msg: { kind: 'stop', run: 3 } }]);
    client.load(file({}));
    const progress: TrainProgress = { run: 3, state: 'stopped', step: 1, steps: 9, from: 0, losses: [2] };
    // Not versioned: a run outlives the edits made while it trains.
    worker().reply({ type: 'train', msg: { kind: 'progress', progress } });
    expect(events.train).toHaveBeenCalledWith({ kind: 'progress', progress });
    client.cancel(emptyWorkbook());
    expect(events.train).toHaveBeenLastCalledWith(null);
  });
});
