// Owns share links: a whole workbook packed into the URL fragment (`#book=v1.<data>`), so sharing needs no
// server. The fragment is untrusted input: its alphabet, its length and its unpacked size are all checked.

import { canonicalWorkbook } from './file';
import { MAX_FILE_BYTES, type ReadResult, type WorkbookFile, formatBytes, parseWorkbookText } from './format';

/** What every share-link fragment starts with; the version of the link codec follows, then a dot. */
const LINK_PREFIX = '#book=';
const LINK_VERSION = 'v1';

/** The longest fragment `encodeShareLink` makes: 64 KB, which every browser and most chat apps carry intact. */
export const MAX_LINK_LENGTH = 64 * 1024;

/** The longest fragment `decodeShareLink` reads; longer ones are refused before decoding. */
export const MAX_DECODE_LENGTH = 2 * 1024 * 1024;

export type EncodeResult = { ok: true; fragment: string } | { ok: false; message: string };

/**
 * Packs a workbook into a URL fragment: its JSON (keys in canonical order), deflate-raw compressed, in base64url,
 * as `#book=v1.<data>`. Refuses, with a message giving the size and the limit, when the fragment would be
 * longer than MAX_LINK_LENGTH; such a workbook is shared as a file instead.
 */
export async function encodeShareLink(file: WorkbookFile): Promise<EncodeResult> {
  const json = new TextEncoder().encode(JSON.stringify(canonicalWorkbook(file)));
  const packed = await readAll(streamOf(json).pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  if (!packed.ok) return { ok: false, message: 'this workbook could not be compressed into a link' };
  const fragment = `${LINK_PREFIX}${LINK_VERSION}.${toBase64Url(packed.bytes)}`;
  if (fragment.length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      message: `this workbook is too large for a link: the link would be ${formatBytes(fragment.length)}, more than the ${formatBytes(MAX_LINK_LENGTH)} a link may hold; export it as a .gradsheet.json file and share that instead`,
    };
  }
  return { ok: true, fragment };
}

/**
 * Reads a share link from a URL fragment (`location.hash`, with or without its `#`). Returns null when the
 * fragment is not a share link at all (so the app opens as usual); otherwise the workbook, or a message saying
 * what is wrong with the link. Unpacking stops at MAX_FILE_BYTES, so a compression bomb costs no more than that.
 */
export async function decodeShareLink(hash: string): Promise<ReadResult | null> {
  const fragment = hash.startsWith('#') ? hash : `#${hash}`;
  if (!fragment.startsWith(LINK_PREFIX)) return null;
  const body = fragment.slice(LINK_PREFIX.length).trim();
  if (body.length > MAX_DECODE_LENGTH)
    return fail(`this share link is ${formatBytes(body.length)}, more than the ${formatBytes(MAX_DECODE_LENGTH)} a share link may be`);
  const dot = body.indexOf('.');
  const version = dot < 0 ? '' : body.slice(0, dot);
  if (version !== LINK_VERSION) {
    const n = /^v([0-9]{1,6})$/.exec(version);
    if (n && Number(n[1]) > 1)
      return fail(`this share link was made by a newer Gradsheet (link version ${version}); update Gradsheet to open it`);
    return fail(`this is not a Gradsheet share link: after "book=" it should say "${LINK_VERSION}." and then the workbook`);
  }
  const data = body.slice(dot + 1);
  if (!/^[A-Za-z0-9_-]*$/.test(data))
    return fail('this share link is damaged: it holds characters that are not part of a link (it may have been changed when copied)');
  const bytes = fromBase64Url(data);
  const cutOff = 'this share link is damaged: its data could not be unpacked (it may have been cut off when copied)';
  if (bytes === null) return fail(cutOff);
  const unpacked = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), MAX_FILE_BYTES);
  if (!unpacked.ok)
    return fail(
      unpacked.reason === 'too-large'
        ? `this share link unpacks to more than ${formatBytes(MAX_FILE_BYTES)}, more than a workbook may be; it was not opened`
        : cutOff,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked.bytes);
  } catch {
    return fail('this share link is damaged: its data is not text');
  }
  return parseWorkbookText(text);
}

const fail = (message: string): ReadResult => ({ ok: false, message });

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Reads a byte stream to its end, or stops (cancelling the stream) once more than `cap` bytes came out. */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  cap: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'damaged' }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole large array as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of unpadded base64url text (alphabet already checked), or null when its length is impossible. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
