// Owns when autosave runs: edits are coalesced, one save runs at a time, and a save starts at most `delayMs`
// after the last edit and at most `maxWaitMs` after the first unsaved one. Pure timing: what a save does is the caller's.

export interface AutosaverOptions {
  /**
   * Saves the current document. Resolve `false` (or reject) when it did not save, e.g. a quota error or a conflict:
   * the edits stay unsaved, and the next edit or flush tries again (no retry loop, so a full disk is reported once).
   */
  save: () => Promise<boolean | void>;
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Longest an unsaved edit waits while edits keep coming. */
  maxWaitMs?: number;
  /** Called with what a save threw. */
  onError?: (error: unknown) => void;
}

export interface Autosaver {
  /** Call after every edit to the document. */
  edit(): void;
  /**
   * Saves now if anything is unsaved (after a save already running). Call it from `pagehide` and from
   * `visibilitychange` to hidden. Resolves true when everything edited so far is saved.
   */
  flush(): Promise<boolean>;
  /** Whether there are edits not yet saved (including edits made while a save runs). */
  pending(): boolean;
  /** Stops the timer; edits not yet saved stay unsaved (flush first to keep them). */
  dispose(): void;
}

export function makeAutosaver({ save, delayMs = 300, maxWaitMs = 500, onError }: AutosaverOptions): Autosaver {
  let edits = 0;
  let savedEdits = 0;
  let firstUnsavedAt: number | null = null;
  let lastEditAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let disposed = false;

  const pending = () => edits > savedEdits;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    // A running save reschedules when it ends, so two saves never overlap (revisions stay in order).
    if (disposed || running || firstUnsavedAt === null) return;
    clear();
    const due = Math.min(lastEditAt + delayMs, firstUnsavedAt + maxWaitMs);
    timer = setTimeout(() => void start(), Math.max(0, due - Date.now()));
  };

  const start = (): Promise<void> => {
    clear();
    if (running) return running;
    if (!pending()) return Promise.resolve();
    const upTo = edits;
    // Edits from here on belong to the next save, with their own deadline.
    firstUnsavedAt = null;
    running = (async () => {
      try {
        if ((await save()) !== false) savedEdits = Math.max(savedEdits, upTo);
      } catch (e) {
        onError?.(e);
      } finally {
        running = null;
        schedule();
      }
    })();
    return running;
  };

  return {
    edit() {
      if (disposed) return;
      edits++;
      lastEditAt = Date.now();
      firstUnsavedAt ??= lastEditAt;
      schedule();
    },
    async flush() {
      if (running) await running;
      if (pending()) await start();
      return !pending();
    },
    pending,
    dispose() {
      disposed = true;
      clear();
    },
  };
}
