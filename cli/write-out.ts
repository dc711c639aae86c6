// Owns writing the command line's output: synchronously, to the end, whatever stdout is. Node queues
// writes to a pipe in memory while the reader is slower (all of a million cells' 140 MB of JSON, and a
// minute spent draining the queue); waiting for the pipe instead keeps memory at one chunk.

import { writeSync } from 'node:fs';

/** A reader that went away: the rest of the output has nowhere to go. */
export class ReaderGone extends Error {}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` through `write` (which writes some bytes, returning how many, or throws EAGAIN when
 * a non-blocking pipe is full): waits a millisecond on a full pipe, throws ReaderGone on EPIPE.
 */
export function writeAll(text: string, write: (bytes: Uint8Array) => number): void {
  let bytes: Uint8Array = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(write(bytes));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new ReaderGone();
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/** Writes to a file descriptor (1 for stdout) as writeAll does. */
export const writeAllTo = (fd: number, text: string): void => writeAll(text, (bytes) => writeSync(fd, bytes));
