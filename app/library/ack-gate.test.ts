import { describe, expect, it } from 'vitest';
import type { WorkerClientEvents } from '../worker/client';
import { gateOnDurable } from './ack-gate';

function setup() {
  const seen: string[] = [];
  const events: WorkerClientEvents = {
    values: (v) => seen.push(`values ${Object.keys(v).join(',')}`),
    pending: (l) => seen.push(`pending ${l.join(',')}`),
    busy: (b) => seen.push(`busy ${b}`),
    bug: (m) => seen.push(`bug ${m}`),
  };
  let gate: { promise: Promise<void>; open: () => void } | null = null;
  const hold = () => {
    let open = () => {};
    const promise = new Promise<void>((r) => (open = r));
    gate = { promise, open };
  };
  const gated = gateOnDurable(events, () => gate?.promise ?? null);
  return { seen, gated, hold, open: () => (gate?.open(), (gate = null)) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('values wait for the journal', () => {
  it('pass at once when nothing is being written', () => {
    const { seen, gated } = setup();
    gated.values({ 'Sheet1!A1': { kind: 'number', text: '1' } as never }, false, 1);
    expect(seen).toEqual(['values Sheet1!A1']);
  });

  it('wait for the write, then come in order; busy, bugs and any other event never wait', async () => {
    const { seen, gated, hold, open } = setup();
    hold();
    gated.pending(['Sheet1!A2']);
    gated.values({ 'Sheet1!A1': {} as never }, false, 1);
    gated.busy(true);
    gated.bug('oops', '');
    await tick();
    expect(seen).toEqual(['busy true', 'bug oops']);
    open();
    // Delivered after the queue: a value that needs no wait still comes after those waiting.
    gated.values({ 'Sheet1!B1': {} as never }, false, 1);
    await tick();
    expect(seen).toEqual(['busy true', 'bug oops', 'pending Sheet1!A2', 'values Sheet1!A1', 'values Sheet1!B1']);
  });
});
