import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkbook } from '../state/document';
import { makeWorkerClient } from './client';
import type { Reply, Request } from './protocol';

/** A stand-in Worker: records requests; the test answers them. */
class FakeWorker {
  static all: FakeWorker[] = [];
  requests: Request[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<Reply>) => void) | null = null;
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
  const events = { values: vi.fn(), busy: vi.fn(), bug: vi.fn() };
  const client = makeWorkerClient(events, () => new FakeWorker() as unknown as Worker);
  return { client, events, worker: () => FakeWorker.all[FakeWorker.all.length - 1] };
}

const values = (version: number, reset = false): Reply => ({ type: 'values', version, reset, values: {}, ms: 1 });

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
    expect(events.values).toHaveBeenCalledWith({}, true, 1);
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
});
