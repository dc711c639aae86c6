import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAutosaver } from './autosave';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

/** A save that records when it started and finishes after `takesMs`. */
function recorder(takesMs = 0, result: () => boolean | void = () => undefined) {
  const starts: number[] = [];
  const save = vi.fn(async () => {
    starts.push(Date.now());
    if (takesMs > 0) await new Promise((r) => setTimeout(r, takesMs));
    return result();
  });
  return { starts, save };
}

describe('makeAutosaver', () => {
  it('saves once, delayMs after a single edit', async () => {
    const { starts, save } = recorder();
    const a = makeAutosaver({ save });
    a.edit();
    expect(a.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(299);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([300]);
    expect(a.pending()).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('coalesces a quick pair of edits into one save after the last', async () => {
    const { starts, save } = recorder();
    const a = makeAutosaver({ save });
    a.edit();
    await vi.advanceTimersByTimeAsync(100);
    a.edit();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(starts).toEqual([400]);
  });

  it('saves at most 500 ms after the first unsaved edit while edits keep coming', async () => {
    const { starts, save } = recorder();
    const a = makeAutosaver({ save });
    // An edit every 100 ms for 2 s (a slider drag): never 300 ms of quiet.
    for (let t = 0; t < 2_000; t += 100) {
      a.edit();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    // Each save comes 500 ms after the first edit it did not include; the last edit (1900) is saved by 2000.
    expect(starts).toEqual([500, 1000, 1500, 2000]);
  });

  it('never runs two saves at once, and saves edits made during a save right after it', async () => {
    const { starts, save } = recorder(400);
    const a = makeAutosaver({ save });
    let running = 0;
    let most = 0;
    save.mockImplementation(async () => {
      running++;
      most = Math.max(most, running);
      starts.push(Date.now());
      await new Promise((r) => setTimeout(r, 400));
      running--;
    });
    a.edit();
    await vi.advanceTimersByTimeAsync(300);
    expect(starts).toEqual([300]);
    await vi.advanceTimersByTimeAsync(50);
    a.edit(); // at 350, while the first save runs until 700
    expect(a.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    // The second save starts on the first timer tick after the first one ends (its deadline has passed).
    expect(starts).toEqual([300, 701]);
    expect(most).toBe(1);
    expect(a.pending()).toBe(false);
  });

  it('flush saves at once and resolves when saved', async () => {
    const { starts, save } = recorder(50);
    const a = makeAutosaver({ save });
    a.edit();
    await vi.advanceTimersByTimeAsync(10);
    const done = a.flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(await done).toBe(true);
    expect(starts).toEqual([10]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(await a.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush waits for a running save, then saves what came after it', async () => {
    const { starts, save } = recorder(100);
    const a = makeAutosaver({ save });
    a.edit();
    await vi.advanceTimersByTimeAsync(300); // save runs 300–400
    a.edit();
    const done = a.flush();
    await vi.advanceTimersByTimeAsync(250);
    expect(await done).toBe(true);
    expect(starts).toEqual([300, 400]);
  });

  it('keeps edits unsaved when a save fails, without a retry loop; the next edit retries', async () => {
    let ok = false;
    const { starts, save } = recorder(0, () => ok);
    const a = makeAutosaver({ save });
    a.edit();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(starts).toEqual([300]);
    expect(a.pending()).toBe(true);
    ok = true;
    a.edit();
    await vi.advanceTimersByTimeAsync(300);
    expect(starts).toEqual([300, 5300]);
    expect(a.pending()).toBe(false);
  });

  it('reports a save that throws and keeps the edits unsaved', async () => {
    const onError = vi.fn();
    const a = makeAutosaver({ save: () => Promise.reject(new Error('boom')), onError });
    a.edit();
    await vi.advanceTimersByTimeAsync(300);
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(a.pending()).toBe(true);
    expect(await a.flush()).toBe(false);
  });

  it('takes other delays', async () => {
    const { starts, save } = recorder();
    const a = makeAutosaver({ save, delayMs: 50 });
    a.edit();
    await vi.advanceTimersByTimeAsync(100);
    expect(starts).toEqual([50]);
  });

  it('stops after dispose', async () => {
    const { save } = recorder();
    const a = makeAutosaver({ save });
    a.edit();
    a.dispose();
    a.edit();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(save).not.toHaveBeenCalled();
  });
});
