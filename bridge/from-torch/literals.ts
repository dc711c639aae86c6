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

/** A text as a formula string literal: the formula reads \\, \", \n and \t (formula/to-ast.ts). */
export const formulaString = (value: string): string =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

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

const WORD = /[A-Za-z0-9_]/;

/** The end of the string literal opening at `i` (a quote), skipping escapes; the text's end if it never closes. */
function stringEnd(src: string, i: number): number {
  const q = src[i];
  const triple = src.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  for (let j = i + close.length; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src.startsWith(close, j)) return j + close.length;
    else if (!triple && src[j] === '\n') return j;
  }
  return src.length;
}

/**
 * The script with Python's trailing-dot floats (`1.`, `2.e3`) spelled so that @lezer/python reads them as
 * numbers (its Number token wants a digit after the dot): `1.` → `1 ` and `2.e3` → `2e3 `, outside strings
 * and comments. Lengths and offsets stay as they were, so positions and labels still point into the source.
 */
export function spellTrailingDots(src: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '#') i = Math.max(i, src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i) - 1);
    else if (c === '"' || c === "'") i = stringEnd(src, i) - 1;
    else if (c >= '0' && c <= '9' && (i === 0 || !(WORD.test(src[i - 1]) || src[i - 1] === '.'))) {
      let j = i;
      while (j < src.length && /[0-9_]/.test(src[j])) j++;
      if (src[j] !== '.') {
        i = j - 1;
        continue;
      }
      const after = src[j + 1] ?? '';
      const exponent = /^[eE][+-]?[0-9]/.test(src.slice(j + 1, j + 4));
      if (!exponent && (WORD.test(after) || after === '.')) {
        i = j;
        continue;
      }
      let k = j + 1;
      if (exponent) {
        k += src[k + 1] === '+' || src[k + 1] === '-' ? 2 : 1;
        while (k < src.length && /[0-9_]/.test(src[k])) k++;
      }
      out += src.slice(from, j) + src.slice(j + 1, k) + ' ';
      from = k;
      i = k - 1;
    }
  }
  return out + src.slice(from);
}

/** How deep brackets and indented blocks may nest before the script is refused unparsed (@lezer/python builds its tree recursively). */
export const MAX_PARSE_NESTING = 1000;

/** The offset where brackets or blocks first nest deeper than `limit`, or -1: checked before parsing. */
export function tooDeep(src: string, limit = MAX_PARSE_NESTING): number {
  let brackets = 0;
  const indents: number[] = [0];
  let lineStart = true;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (lineStart && brackets === 0) {
      lineStart = false;
      let j = i;
      while (src[j] === ' ' || src[j] === '\t') j++;
      if (src[j] !== '\n' && src[j] !== '#' && j < src.length) {
        const width = j - i;
        while (indents.length > 1 && indents[indents.length - 1] > width) indents.pop();
        if (width > indents[indents.length - 1]) indents.push(width);
        if (indents.length > limit) return i;
      }
    }
    if (c === '\n') lineStart = true;
    else if (c === '#') i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i) - 1;
    else if (c === '"' || c === "'") i = stringEnd(src, i) - 1;
    else if (c === '(' || c === '[' || c === '{') {
      if (++brackets > limit) return i;
    } else if ((c === ')' || c === ']' || c === '}') && brackets > 0) brackets--;
  }
  return -1;
}
