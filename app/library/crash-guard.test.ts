import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type MarkerStorage,
  RUNAWAY_MS,
  WRITE_EVERY_MS,
  heldNotice,
  makeCrashGuard,
  mergeNotice,
  restartNotice,
  warningNotice,
} from './crash-guard';

/** localStorage as a Map; `refuse` makes every write throw (storage full). */
function memoryStorage(refuse = false) {
  const map = new Map<string, string>();
  const storage: MarkerStorage = {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (refuse) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
  return { storage, map };
}

describe('crash guard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a workbook whose long run ended opens normally', () => {
    const { storage, map } = memoryStorage();
    const guard = makeCrashGuard(storage);
    expect(guard.opening('book1')).toBeNull();
    guard.run({ running: 'Sheet1!B1', stopped: [] });
    expect(map.size).toBe(1);
    guard.run(null);
    expect(map.size).toBe(0);
    expect(makeCrashGuard(storage).opening('book1')).toBeNull();
  });

  it('a workbook whose run never ended (the tab died) opens held, naming the cell that ran, until recalculated', () => {
    const { storage } = memoryStorage();
    const before = makeCrashGuard(storage);
    before.opening('book1');
    before.run({ running: 'Sheet1!A1', stopped: ['Sheet1!C1'] });
    // The tab dies here. The next session:
    const guard = makeCrashGuard(storage);
    expect(guard.opening('book2')).toBeNull();
    expect(guard.opening('book1')).toEqual({ running: 'Sheet1!A1', stopped: ['Sheet1!C1'] });
    // A quick run while held (an edit) does not clear it: a reload would run the workbook again.
    guard.run({ running: 'Sheet1!D1', stopped: [] });
    guard.run(null);
    expect(makeCrashGuard(storage).opening('book1')).toEqual({ running: 'Sheet1!A1', stopped: ['Sheet1!C1'] });
    expect(guard.recalculate()).toEqual(['Sheet1!C1', 'Sheet1!A1']);
    expect(makeCrashGuard(storage).opening('book1')).toBeNull();
  });

  it('writes the running cell at most every WRITE_EVERY_MS, and the last one surely', () => {
    const { storage, map } = memoryStorage();
    const guard = makeCrashGuard(storage);
    guard.opening('b');
    const writes = vi.spyOn(storage, 'setItem');
    for (let i = 1; i <= 50; i++) guard.run({ running: `Sheet1!A${i}`, stopped: [] });
    expect(writes).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(WRITE_EVERY_MS);
    expect(writes).toHaveBeenCalledTimes(2);
    expect(JSON.parse(map.get('gradsheet.recalculating.b')!)).toEqual({ running: 'Sheet1!A50', stopped: [] });
  });

  it('costs nothing where storage refuses writes or is missing, and reads a damaged marker as a crash with no cell', () => {
    const refusing = makeCrashGuard(memoryStorage(true).storage);
    refusing.opening('b');
    expect(() => refusing.run({ running: 'Sheet1!A1', stopped: [] })).not.toThrow();
    const none = makeCrashGuard(null);
    expect(none.opening('b')).toBeNull();
    none.run({ running: 'Sheet1!A1', stopped: [] });
    const { storage, map } = memoryStorage();
    map.set('gradsheet.recalculating.b', '{not json');
    expect(makeCrashGuard(storage).opening('b')).toEqual({ running: null, stopped: [] });
  });

  it('says what happened and offers to recalculate', () => {
    const run = vi.fn();
    const n = heldNotice({ running: 'Sheet1!B1', stopped: [] }, run);
    expect(n.text).toContain('Gradsheet stopped computing Sheet1!B1');
    expect(n.text).toContain('with Sheet1!B1 stopped');
    expect(n.action?.label).toBe('Recalculate');
    n.action!.run();
    expect(run).toHaveBeenCalled();
    expect(restartNotice('failed (boom)', ['Sheet1!A1']).text).toBe(
      'The engine failed (boom), so it was restarted; the other values are kept. Sheet1!A1 is stopped: edit to run again.',
    );
  });

  it('a page closed during a run that is only long leaves no marker; closed while one cell ran on, it does', () => {
    const { storage, map } = memoryStorage();
    const guard = makeCrashGuard(storage);
    guard.opening('b');
    guard.run({ running: 'Sheet1!A1', stopped: [] });
    vi.advanceTimersByTime(RUNAWAY_MS - 1000);
    guard.run({ running: 'Sheet1!A2', stopped: [] });
    vi.advanceTimersByTime(RUNAWAY_MS - 1000);
    guard.leaving();
    expect(map.size).toBe(0);
    guard.run({ running: 'Sheet1!A3', stopped: [] });
    vi.advanceTimersByTime(RUNAWAY_MS);
    guard.leaving();
    expect(JSON.parse(map.get('gradsheet.recalculating.b')!)).toEqual({ running: 'Sheet1!A3', stopped: [] });
  });

  it('keeps an engine notice over a plain info about the same workbook told after it', () => {
    const held = heldNotice({ running: null, stopped: [] }, () => {}, 'b');
    const info = { kind: 'info' as const, text: 'Imported “x” as a new workbook.', about: 'b' };
    expect(mergeNotice(held, info)).toBe(held);
    expect(mergeNotice(warningNotice('ZZZ1 is outside the grid', 'b'), info)?.text).toBe('ZZZ1 is outside the grid');
    expect(mergeNotice(held, { ...info, about: 'c' })).toEqual({ ...info, about: 'c' });
    expect(mergeNotice(held, null)).toBeNull();
    expect(mergeNotice({ ...info }, held)).toBe(held);
  });
});
