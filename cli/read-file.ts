// Owns reading the workbook file named on the command line, a path or "-" for standard input: never more
// than the file cap plus one byte (a 10 GB file is refused by its size unread, /dev/zero once past the cap),
// and every way it can fail said in words.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES, formatBytes, tooLargeMessage } from '../storage/format';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** A file name for a message: quoted, so spaces and control characters show, and cut short when long. */
export const quotePath = (path: string): string => JSON.stringify(path.length > 200 ? `${path.slice(0, 200)}…` : path);

const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder on its path is a file',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EISDIR: 'it is a directory, not a workbook file',
  EIO: 'the disk could not be read',
};

function cannotRead(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code !== undefined && Object.hasOwn(WHY, code) ? WHY[code] : (code ?? (e as Error).message);
  return `cannot read ${quotePath(path)}: ${why}`;
}

/** Reads the whole file, or at most MAX_FILE_BYTES + 1 bytes of it: enough to know it is over the cap. */
export function readWorkbookFile(path: string): FileRead {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (e) {
    return { ok: false, message: cannotRead(path, e) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: `${quotePath(path)} is a directory, not a workbook file` };
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(stat.size) };
    return readUpTo(fd, MAX_FILE_BYTES + 1);
  } catch (e) {
    return { ok: false, message: cannotRead(path, e) };
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Reads until the end of the file or `limit` bytes, whichever comes first (devices and pipes have no size). */
function readUpTo(fd: number, limit: number): FileRead {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = new Uint8Array(Math.min(1 << 20, limit - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // Standard input may be a non-blocking pipe with nothing in it yet: wait a moment and read again.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  // A device or a pipe has no size to give: say only that it went on past the cap.
  if (total >= limit) return { ok: false, message: `this file is more than the ${formatBytes(MAX_FILE_BYTES)} a workbook file may be` };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes };
}
