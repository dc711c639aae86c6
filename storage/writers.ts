// Owns knowing which tabs are still open, through Web Locks: each tab holds a lock named after it for as long as
// it lives (the browser lets go when the tab closes or crashes), so a tab opening a workbook replays the journal
// records of closed tabs only, never those of a tab still editing.

/** The part of LockManager we use, so tests can pass their own. */
export interface LocksLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export interface Writers {
  /** Holds this tab's lock until the returned function lets it go. */
  hold(writer: string): () => void;
  /** The tabs holding their lock now. */
  live(): Promise<ReadonlySet<string>>;
}

const PREFIX = 'gradsheet-writer:';

/** Writers over `locks` (the browser's by default); without Web Locks no tab is known to be open, so every record replays. */
export function makeWriters(locks: LocksLike | undefined = globalThis.navigator?.locks): Writers {
  return {
    hold(writer) {
      if (!locks) return () => {};
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      void locks.request(PREFIX + writer, () => held).catch(() => {});
      return release;
    },
    async live() {
      if (!locks) return new Set();
      try {
        const { held = [] } = await locks.query();
        return new Set(held.flatMap((l) => (l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : [])));
      } catch {
        return new Set();
      }
    },
  };
}
