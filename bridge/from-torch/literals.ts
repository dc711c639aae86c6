// Owns Python's number and string literals as the formula language spells them: `1_000` → `1000`,
// `0x1f` → `31`, `'it\'s'` → the text it's; complex numbers and bytes have no spelling (null).

/** A Python number literal as a formula number, or null for a complex one. */
export function decodeNumber(text: string): { k: 'num'; text: string } | null {
  const t = text.replace(/_/g, '');
  if (/[jJ]$/.test(t)) return null;
  if (/^0[xXoObB]/.test(t)) {
    const n = Number(t.toLowerCase().replace(/^0o/, '0o'));
    return Number.isFinite(n) ? { k: 'num', text: String(n) } : null;
  }
  // Python's `1.` and `.5` and `1e-3` read the same in a formula; a leading-zero integer such as `00` is just 0.
  return /^\d+$/.test(t) ? { k: 'num', text: String(BigInt(t)) } : { k: 'num', text: t };
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** A Python string literal's value, or null for a bytes literal. */
export function decodeString(text: string): string | null {
  const prefix = /^[A-Za-z]*/.exec(text)![0].toLowerCase();
  if (prefix.includes('b') || prefix.includes('f')) return null;
  const body = text.slice(prefix.length);
  const quote = body.startsWith('"""') || body.startsWith("'''") ? body.slice(0, 3) : body.slice(0, 1);
  const inner = body.slice(quote.length, body.length - quote.length);
  if (prefix.includes('r')) return inner;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== '\\' || i + 1 >= inner.length) {
      out += c;
      continue;
    }
    const next = inner[++i];
    if (next === '\n') continue;
    if (next === 'x' || next === 'u') {
      const width = next === 'x' ? 2 : 4;
      const code = Number.parseInt(inner.slice(i + 1, i + 1 + width), 16);
      if (Number.isFinite(code)) {
        out += String.fromCharCode(code);
        i += width;
        continue;
      }
    }
    out += ESCAPES[next] ?? `\\${next}`;
  }
  return out;
}
