// Owns how many bytes a text takes in UTF-8: every size cap counts bytes, not characters. No DOM or Node
// API, so the formula library (which reads files through format.ts) compiles without either.

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
