// Owns formatting numbers and strings exactly as Python does (`'{:.4f}'`, `'{:.4e}'`, `repr(str)`),
// which PyTorch's tensor printing is built on. JavaScript's toFixed rounds ties away from zero and
// writes exponents without padding, so both are done here exactly, on the double's binary value.

const TEN = 10n;

/** |x| as an exact fraction num / den (den a power of two). x must be finite. */
function exactFraction(x: number): { num: bigint; den: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  return exp >= 0 ? { num: mant << BigInt(exp), den: 1n } : { num: mant, den: 1n << BigInt(-exp) };
}

/** num / den rounded to an integer, ties to even (as Python's correctly rounded formatting does). */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q;
}

const negative = (x: number): boolean => x < 0 || Object.is(x, -0);

function nonFinite(x: number): string | null {
  if (Number.isNaN(x)) return 'nan'; // Python ignores the sign of a NaN
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return null;
}

/** Python's `'{:.Nf}'.format(x)`: `-0.0000`, `2.5000`, `nan`; `.0f` has no decimal point. */
export function formatFixed(x: number, digits: number): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  const { num, den } = exactFraction(x);
  const q = roundHalfEven(num * TEN ** BigInt(digits), den)
    .toString()
    .padStart(digits + 1, '0');
  const body = digits === 0 ? q : `${q.slice(0, q.length - digits)}.${q.slice(q.length - digits)}`;
  return negative(x) ? `-${body}` : body;
}

/** Python's `'{:.Ne}'.format(x)`: `1.0000e-05`, `-2.5000e+10`, `0.0000e+00`. */
export function formatExponent(x: number, digits: number): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  const sign = negative(x) ? '-' : '';
  if (x === 0) return `${sign}0${digits > 0 ? `.${'0'.repeat(digits)}` : ''}e+00`;
  const { num, den } = exactFraction(x);
  let e = Math.floor(Math.log10(Math.abs(x)));
  let q = 0n;
  // log10 can be off by one near powers of ten, and rounding can carry into a new digit: adjust e until
  // the rounded mantissa has exactly digits + 1 digits.
  for (let tries = 0; tries < 4; tries++) {
    const shift = digits - e;
    q = shift >= 0 ? roundHalfEven(num * TEN ** BigInt(shift), den) : roundHalfEven(num, den * TEN ** BigInt(-shift));
    if (q >= TEN ** BigInt(digits + 1)) e += 1;
    else if (q < TEN ** BigInt(digits)) e -= 1;
    else break;
  }
  const s = q.toString();
  const mantissa = digits > 0 ? `${s[0]}.${s.slice(1)}` : s;
  const exponent = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return `${sign}${mantissa}e${exponent}`;
}

// Python's str.isprintable() is false for these general categories (a plain space excepted).
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's `repr(s)` of a str: single quotes unless the text holds ' and no ", escapes as Python writes them. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && UNPRINTABLE.test(ch)) {
      if (code <= 0xff) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}
