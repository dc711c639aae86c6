import { describe, expect, it, vi } from 'vitest';
import type { WorkbookFile } from '../../storage/format';
import { makeBridgeWork } from './bridge-client';
import type { BridgeReply, BridgeRequest } from './bridge-protocol';

/** A worker whose replies the test sends, recording what the client asked and how often it was started. */
function fakeWorkers() {
  const asked: BridgeRequest[] = [];
  let started = 0;
  let terminated = 0;
  let current: { onmessage: ((e: MessageEvent<BridgeReply>) => void) | null; onerror: ((e: ErrorEvent) => void) | null } | null = null;
  const spawn = () => {
    started++;
    const w = {
      onmessage: null as ((e: MessageEvent<BridgeReply>) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      postMessage: (msg: BridgeRequest) => void asked.push(msg),
      terminate: () => void terminated++,
    };
    current = w;
    return w as unknown as Worker;
  };
  const reply = (data: BridgeReply) => current?.onmessage?.({ data } as MessageEvent<BridgeReply>);
  const crash = (message: string) => current?.onerror?.({ message } as ErrorEvent);
  return { spawn, asked, reply, crash, counts: () => ({ started, terminated }) };
}

const book: WorkbookFile = {
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [{ name: 'Sheet1', cells: { A1: '=1' } }],
  names: {},
  charts: [],
};

describe('the bridge worker client', () => {
  it('starts the worker on first use only, and answers each request with its own reply', async () => {
    const w = fakeWorkers();
    const bridge = makeBridgeWork(w.spawn);
    expect(w.counts().started).toBe(0);
    const script = bridge.toTorch(book);
    const translation = bridge.fromTorch('x = 1');
    expect(w.asked.map((a) => a.type)).toEqual(['to-torch', 'from-torch']);
    const [toId, fromId] = w.asked.map((a) => a.id);
    w.reply({ type: 'from-torch', id: fromId, translation: { ok: false, message: 'line 1: not Python' } });
    w.reply({ type: 'to-torch', id: toId, script: 'import torch\n' });
    expect(await script).toEqual({ ok: true, script: 'import torch\n' });
    expect(await translation).toEqual({ ok: false, message: 'line 1: not Python' });
    expect(w.counts().started).toBe(1);
  });

  it('passes on a failure the worker reports, as a message', async () => {
    const w = fakeWorkers();
    const bridge = makeBridgeWork(w.spawn);
    const script = bridge.toTorch(book);
    w.reply({ type: 'failed', id: w.asked[0].id, message: 'boom' });
    expect(await script).toEqual({ ok: false, message: 'boom' });
  });

  it('refuses what waits when the worker crashes, and starts a fresh one for the next request', async () => {
    const w = fakeWorkers();
    const bridge = makeBridgeWork(w.spawn);
    const translation = bridge.fromTorch('x = 1');
    w.crash('out of memory');
    expect(await translation).toEqual({ ok: false, message: 'the translation stopped: out of memory' });
    void bridge.fromTorch('y = 2');
    expect(w.counts()).toEqual({ started: 2, terminated: 1 });
  });

  it('never hangs: past the time limit the request is refused and the stuck worker stopped', async () => {
    vi.useFakeTimers();
    try {
      const w = fakeWorkers();
      const bridge = makeBridgeWork(w.spawn, 1000);
      const translation = bridge.fromTorch('while True: pass');
      vi.advanceTimersByTime(1001);
      expect(await translation).toEqual({ ok: false, message: 'the translation took over 1 s and was stopped' });
      expect(w.counts().terminated).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
