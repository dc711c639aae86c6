import { describe, expect, it, vi } from 'vitest';
import { type BookChange, decodeRecord, journalKey } from './journal';
import { type AppendResult, makeJournalWriter } from './journal-writer';

/** The change an edit of A1 makes. */
const setA1 = (input: string): BookChange => ({ cells: [['Sheet1', 'A1', input]] });

/** A writer whose appends wait until the test settles them. */
function setup(opts: { ackTimeoutMs?: number } = {}) {
  const calls: { records: { key: string; text: string }[]; settle: (r: AppendResult) => void }[] = [];
  const failures: string[] = [];
  let t = 100;
  const writer = makeJournalWriter({
    writer: 'tab',
    append: (records) => new Promise((settle) => calls.push({ records, settle })),
    onFailure: (m) => failures.push(m),
    now: () => t,
    ...opts,
  });
  return { writer, calls, failures, clock: (to: number) => void (t = to) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the journal writer', () => {
  it('writes a record per edit at once, on the revision it edits', () => {
    const { writer, calls } = setup();
    writer.begin('book', 4);
    writer.record(setA1('1'), { activeSheet: 'Sheet1' });
    expect(calls).toHaveLength(1);
    expect(calls[0].records[0].key).toBe(journalKey('book', 'tab', 1));
    expect(decodeRecord(calls[0].records[0].text)).toEqual({
      writer: 'tab',
      seq: 1,
      base: 4,
      at: 100,
      change: { cells: [['Sheet1', 'A1', '1']], ui: { activeSheet: 'Sheet1' } },
    });
    expect(writer.seq()).toBe(1);
  });

  it('writes nothing for a selection move or before a workbook is open', () => {
    const { writer, calls } = setup();
    writer.record(setA1('1'));
    writer.begin('book', 1);
    writer.record(null, { activeSheet: 'Sheet1' });
    expect(calls).toHaveLength(0);
    expect(writer.durable()).toBeNull();
  });

  it('groups the edits made while a write runs into the next one, and says when all are written', async () => {
    const { writer, calls } = setup();
    writer.begin('book', 1);
    writer.record(setA1('1'));
    writer.record(setA1('2'));
    writer.record(setA1('3'));
    expect(calls).toHaveLength(1);
    let done = false;
    void writer.durable()!.then(() => (done = true));
    calls[0].settle({ ok: true });
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[1].records.map((r) => decodeRecord(r.text)!.seq)).toEqual([2, 3]);
    expect(done).toBe(false);
    calls[1].settle({ ok: true });
    await tick();
    expect(done).toBe(true);
    expect(writer.durable()).toBeNull();
  });

  it('builds on the revision this tab saved, and keeps time from going backwards', async () => {
    const { writer, calls, clock } = setup();
    writer.begin('book', 1);
    writer.record(setA1('1'));
    calls[0].settle({ ok: true });
    await tick();
    writer.rebase(2);
    clock(50);
    writer.record(setA1('2'));
    expect(decodeRecord(calls[1].records[0].text)).toMatchObject({ seq: 2, base: 2, at: 100 });
  });

  it('reports a failing write once per run of failures, and never holds the screen on it', async () => {
    const { writer, calls, failures } = setup();
    writer.begin('book', 1);
    writer.record(setA1('1'));
    const wait = writer.durable()!;
    calls[0].settle({ ok: false, message: 'the disk is full' });
    await wait;
    writer.record(setA1('2'));
    calls[1].settle({ ok: false, message: 'the disk is full' });
    await tick();
    expect(failures).toEqual(['the disk is full']);
    writer.record(setA1('3'));
    calls[2].settle({ ok: true });
    await tick();
    writer.record(setA1('4'));
    calls[3].settle({ ok: false, message: 'again' });
    await tick();
    expect(failures).toEqual(['the disk is full', 'again']);
  });

  it('stops waiting for a write that hangs', async () => {
    vi.useFakeTimers();
    try {
      const { writer } = setup({ ackTimeoutMs: 500 });
      writer.begin('book', 1);
      writer.record(setA1('1'));
      let done = false;
      void writer.durable()!.then(() => (done = true));
      await vi.advanceTimersByTimeAsync(499);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
