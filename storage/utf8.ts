// Owns UTF-8 as files carry it: how many bytes a text takes (every size cap counts bytes, not characters)
// and strict decoding (a file's bytes that are not UTF-8 are refused, never silently replaced).

/** The bytes `new TextEncoder().encode(text)` would make, counted without making them (a lone surrogate is U+FFFD: 3 bytes). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two UTF-16 units, four bytes.
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a file's bytes as UTF-8 (a leading byte order mark dropped), or says what they are instead. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8 (a workbook file is JSON in UTF-8)' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text (a workbook file is JSON in UTF-8); it may be damaged or not a workbook at all' };
  }
}
