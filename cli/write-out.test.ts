import { mkdtempSync, openSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReaderGone, writeAll, writeAllTo } from './write-out';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeAll', () => {
  it('writes every byte of the text, in UTF-8, to a file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'write-out-')), 'out.txt');
    const fd = openSync(path, 'w');
    writeAllTo(fd, 'Σ = 1\n'.repeat(10_000));
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('Σ = 1\n'.repeat(10_000));
  });

  it('goes on after a short write and waits out a full pipe', () => {
    const got: number[] = [];
    let calls = 0;
    writeAll('abcdef', (bytes) => {
      calls++;
      if (calls === 2) throw errno('EAGAIN');
      const n = Math.min(2, bytes.length);
      got.push(...bytes.subarray(0, n));
      return n;
    });
    expect(Buffer.from(got).toString()).toBe('abcdef');
    expect(calls).toBe(4);
  });

  it('says the reader went away on EPIPE, and passes any other failure on', () => {
    expect(() =>
      writeAll('x', () => {
        throw errno('EPIPE');
      }),
    ).toThrow(ReaderGone);
    expect(() =>
      writeAll('x', () => {
        throw errno('EIO');
      }),
    ).toThrow('EIO');
  });
});
