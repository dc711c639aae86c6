import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from './format';
import { MAX_DECODE_LENGTH, MAX_LINK_LENGTH, decodeShareLink, encodeShareLink } from './link';

const sample: WorkbookFile = {
  format: 'gradsheet',
  version: 1,
  seed: 3,
  sheets: [
    {
      name: 'Données ✓',
      cells: { A1: 'x', B1: '=ones(2, 2, requires_grad=true)', A2: { input: '0.5', slider: { min: 0, max: 1, step: 0.1 } } },
    },
    { name: 'S2', cells: { A1: '"日本語 🎉 <script>alert(1)</script>"', B1: { input: '1', note: 'ñ\u0000\u2028' } } },
  ],
  names: { x: "'Données ✓'!B1" },
  charts: [{ sheet: 'Données ✓', x: 'A1', y: ['B1'], title: 'f and df/dx' }],
  ui: { activeSheet: 'S2', selection: { sheet: 'S2', anchor: 'A1', focus: 'B1' } },
};

async function fragmentOf(file: WorkbookFile): Promise<string> {
  const r = await encodeShareLink(file);
  if (!r.ok) throw new Error(r.message);
  return r.fragment;
}

/** deflate-raw of `chunks` repeated `times`, streamed so the test never holds the whole payload. */
async function deflateRepeated(chunk: Uint8Array<ArrayBuffer>, times: number): Promise<Uint8Array> {
  const stream = new ReadableStream<BufferSource>({
    pull(c) {
      if (times-- > 0) c.enqueue(chunk);
      else c.close();
    },
  }).pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('share links', () => {
  it('round-trips a workbook with unicode in names and cells', async () => {
    const fragment = await fragmentOf(sample);
    expect(fragment).toMatch(/^#book=v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(fragment)).toEqual({ ok: true, book: sample });
  });

  it('reads the fragment without its #', async () => {
    const fragment = await fragmentOf(sample);
    expect(await decodeShareLink(fragment.slice(1))).toEqual({ ok: true, book: sample });
  });

  it('is deterministic whatever the key order', async () => {
    const reordered = {
      ...sample,
      names: { ...sample.names },
      sheets: [...sample.sheets].map((s) => ({ cells: Object.fromEntries(Object.entries(s.cells).reverse()), name: s.name })),
    };
    expect(await fragmentOf(reordered)).toBe(await fragmentOf(sample));
  });

  it('returns null for a fragment that is not a share link', async () => {
    expect(await decodeShareLink('')).toBeNull();
    expect(await decodeShareLink('#')).toBeNull();
    expect(await decodeShareLink('#sheet=Sheet1')).toBeNull();
    expect(await decodeShareLink('#books=v1.abc')).toBeNull();
  });

  it('refuses a wrong prefix or a newer link version', async () => {
    const data = (await fragmentOf(sample)).slice('#book=v1.'.length);
    expect(await decodeShareLink(`#book=${data}`)).toEqual({
      ok: false,
      message: 'this is not a Gradsheet share link: after "book=" it should say "v1." and then the workbook',
    });
    expect(await decodeShareLink(`#book=v0.${data}`)).toEqual({
      ok: false,
      message: 'this is not a Gradsheet share link: after "book=" it should say "v1." and then the workbook',
    });
    expect(await decodeShareLink(`#book=v2.${data}`)).toEqual({
      ok: false,
      message: 'this share link was made by a newer Gradsheet (link version v2); update Gradsheet to open it',
    });
  });

  it('refuses characters outside base64url', async () => {
    const fragment = await fragmentOf(sample);
    const damaged = 'this share link is damaged: it holds characters that are not part of a link (it may have been changed when copied)';
    expect(await decodeShareLink(`${fragment.slice(0, 20)}+/${fragment.slice(22)}`)).toEqual({ ok: false, message: damaged });
    expect(await decodeShareLink(`${fragment}%20`)).toEqual({ ok: false, message: damaged });
  });

  it('refuses a truncated link', async () => {
    const fragment = await fragmentOf(sample);
    const head = '#book=v1.'.length;
    for (const cut of [
      fragment.length - 1,
      fragment.length - 2,
      fragment.length - 3,
      fragment.length - 10,
      Math.floor(fragment.length / 2),
      head + 1,
      head,
    ]) {
      const r = await decodeShareLink(fragment.slice(0, cut));
      expect(r).toEqual({
        ok: false,
        message: 'this share link is damaged: its data could not be unpacked (it may have been cut off when copied)',
      });
    }
  });

  it('refuses tampered data with a message, whichever byte was changed', async () => {
    const fragment = await fragmentOf(sample);
    const head = '#book=v1.'.length;
    for (let i = head; i < fragment.length; i += 7) {
      const swapped = fragment[i] === 'A' ? 'B' : 'A';
      const r = await decodeShareLink(fragment.slice(0, i) + swapped + fragment.slice(i + 1));
      // A change can land in a string and still make a valid workbook; anything else must say why.
      if (r && !r.ok) expect(r.message).toMatch(/^(this share link is damaged|not a Gradsheet workbook|invalid workbook|version)/);
      else expect(r).toMatchObject({ ok: true });
    }
  });

  it('refuses valid compressed data that is not a workbook', async () => {
    const notJson = base64url(await deflateRepeated(new TextEncoder().encode('hello'), 1));
    expect(await decodeShareLink(`#book=v1.${notJson}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^not a Gradsheet workbook: the file is not valid JSON/),
    });
    const badUtf8 = base64url(await deflateRepeated(new Uint8Array([0xff, 0xfe]), 1));
    expect(await decodeShareLink(`#book=v1.${badUtf8}`)).toEqual({
      ok: false,
      message: 'this share link is damaged: its data is not text',
    });
  });

  it('refuses a compression bomb (100 MB unpacked) after reading at most 20 MB', async () => {
    const bomb = base64url(await deflateRepeated(new Uint8Array(1024 * 1024).fill(0x20), 100));
    expect(bomb.length).toBeLessThan(MAX_DECODE_LENGTH);
    expect(await decodeShareLink(`#book=v1.${bomb}`)).toEqual({
      ok: false,
      message: 'this share link unpacks to more than 20 MB, more than a workbook may be; it was not opened',
    });
  });

  it('refuses a fragment over 2 MB before decoding it', async () => {
    expect(await decodeShareLink(`#book=v1.${'A'.repeat(MAX_DECODE_LENGTH)}`)).toEqual({
      ok: false,
      message: 'this share link is 2.0 MB, more than the 2 MB a share link may be',
    });
  });

  it('says when a workbook is too large for a link', async () => {
    // Random-looking inputs do not compress, so this workbook stays large once packed.
    let seed = 1;
    const noise = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed.toString(36));
    const cells = Object.fromEntries(Array.from({ length: 8000 }, (_, i) => [`A${i + 1}`, noise() + noise()]));
    const big: WorkbookFile = { ...sample, sheets: [{ name: 'Big', cells }], charts: [], names: {}, ui: undefined };
    delete big.ui;
    const r = await encodeShareLink(big);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toMatch(
        /^this workbook is too large for a link: the link would be [0-9.]+ KB, more than the 64 KB a link may hold; export it as a \.gradsheet\.json file and share that instead$/,
      );
  });

  it('makes links up to the limit', async () => {
    const cells = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`A${i + 1}`, `=A${i} + ${i}`]));
    const r = await encodeShareLink({ ...sample, sheets: [{ name: 'S2', cells }] });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.fragment.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });
});
