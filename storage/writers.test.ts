import { describe, expect, it } from 'vitest';
import { type LocksLike, makeWriters } from './writers';

/** Locks as the browser keeps them: held while the callback's promise is pending. */
function fakeLocks(): LocksLike {
  const held = new Set<string>();
  return {
    async request(name, callback) {
      held.add(name);
      try {
        await callback();
      } finally {
        held.delete(name);
      }
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

describe('open tabs', () => {
  it('are those holding their lock, until they let go', async () => {
    const writers = makeWriters(fakeLocks());
    const releaseA = writers.hold('a');
    writers.hold('b');
    expect(await writers.live()).toEqual(new Set(['a', 'b']));
    releaseA();
    await new Promise((r) => setTimeout(r, 0));
    expect(await writers.live()).toEqual(new Set(['b']));
  });

  it('ignore locks that are not ours', async () => {
    const locks = fakeLocks();
    void locks.request('something-else', () => new Promise(() => {}));
    expect(await makeWriters(locks).live()).toEqual(new Set());
  });

  it('are none without Web Locks, or when asking fails', async () => {
    const none = makeWriters(undefined);
    none.hold('a')();
    expect(await none.live()).toEqual(new Set());
    const broken = makeWriters({ request: () => Promise.reject(new Error('no')), query: () => Promise.reject(new Error('no')) });
    broken.hold('a');
    expect(await broken.live()).toEqual(new Set());
  });
});
