import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../storage/format';
import { readWorkbookFile } from './read-file';

describe('reading the workbook file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gradsheet-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file whole', () => {
    writeFileSync(join(dir, 'a.json'), 'héllo');
    expect(readWorkbookFile(join(dir, 'a.json'))).toEqual({ ok: true, bytes: new TextEncoder().encode('héllo') });
  });

  it('says in words why a file cannot be read, quoting its name', () => {
    expect(readWorkbookFile(join(dir, 'no\nsuch.json'))).toEqual({
      ok: false,
      message: `cannot read ${JSON.stringify(join(dir, 'no\nsuch.json'))}: no such file`,
    });
    mkdirSync(join(dir, 'folder'));
    expect(readWorkbookFile(join(dir, 'folder'))).toEqual({
      ok: false,
      message: `${JSON.stringify(join(dir, 'folder'))} is a directory, not a workbook file`,
    });
    writeFileSync(join(dir, 'file'), '');
    expect(readWorkbookFile(join(dir, 'file', 'inside.json'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/: a folder on its path is a file$/),
    });
  });

  it('refuses a file over the cap by its size, without reading it', () => {
    const fd = openSync(join(dir, 'sparse'), 'w');
    ftruncateSync(fd, 64 * MAX_FILE_BYTES);
    closeSync(fd);
    const started = performance.now();
    expect(readWorkbookFile(join(dir, 'sparse'))).toEqual({
      ok: false,
      message: 'this file is 1.3 GB, more than the 20 MB a workbook file may be',
    });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('stops reading an endless device once past the cap', () => {
    expect(readWorkbookFile('/dev/zero')).toEqual({ ok: false, message: 'this file is more than the 20 MB a workbook file may be' });
  });
});
