// Owns how a number is written in the sheet: Excel's General (the default), fixed decimals, percent
// and scientific, with thousands separators; the named formats the UI offers; and stepping decimals.
// The worker's previews and every number the main thread shows go through formatNumberAs.

import { MAX_DECIMALS, type NumberFormat } from '../../storage/cell-format';

export type { NumberFormat };

/** Significant digits General shows, as Excel's General does. */
export const GENERAL_DIGITS = 11;
/** Decimals of a fixed, percent or scientific format that does not say. */
export const DEFAULT_DECIMALS = 2;

export const GENERAL: NumberFormat = Object.freeze({ number: 'general' });

/** A format the UI offers by name (toolbar menu, the cells' context menu). */
export interface NamedFormat {
  id: 'general' | 'number' | 'thousands' | 'percent' | 'scientific';
  label: string;
  format: NumberFormat;
}

export const NUMBER_FORMATS: readonly NamedFormat[] = Object.freeze([
  { id: 'general', label: 'General', format: GENERAL },
  { id: 'number', label: 'Number (2 decimals)', format: { number: 'fixed', decimals: 2 } },
  { id: 'thousands', label: 'Thousands (1,234.56)', format: { number: 'fixed', decimals: 2, thousands: true } },
  { id: 'percent', label: 'Percent', format: { number: 'percent', decimals: 2 } },
  { id: 'scientific', label: 'Scientific', format: { number: 'scientific', decimals: 2 } },
]);

/** Which named format a cell's format is a variant of (its decimals may differ); General for none. */
export function namedFormatOf(fmt: NumberFormat | null): NamedFormat {
  const id = !fmt || fmt.number === 'general' ? 'general' : fmt.number === 'fixed' ? (fmt.thousands ? 'thousands' : 'number') : fmt.number;
  return NUMBER_FORMATS.find((f) => f.id === id)!;
}

/** A number written in `fmt` (General when null). NaN and infinities read `nan`, `inf`, `-inf` in every format, as PyTorch prints them. */
export function formatNumberAs(x: number, fmt: NumberFormat | null): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const decimals = fmt?.decimals ?? DEFAULT_DECIMALS;
  switch (fmt?.number ?? 'general') {
    case 'general':
      return general(x);
    case 'fixed':
      return fixed(x, decimals, fmt?.thousands === true);
    case 'percent':
      return `${fixed(x * 100, decimals, fmt?.thousands === true)}%`;
    case 'scientific':
      return scientific(x, decimals);
  }
}

/**
 * Excel's General: up to 11 significant digits, trailing zeros dropped; scientific when the number,
 * rounded to 11 digits, is 1E+11 or more, or under 1E-9, in magnitude (where plain digits would need
 * more than 11 of them, or more than 9 leading zeros).
 */
function general(x: number): string {
  if (x === 0) return '0';
  const exponent = Number(x.toExponential(GENERAL_DIGITS - 1).split('e')[1]);
  if (exponent >= GENERAL_DIGITS || exponent < -9) return scientific(x, GENERAL_DIGITS - 1, true);
  return trimZeros(x.toFixed(Math.max(0, GENERAL_DIGITS - 1 - exponent)));
}

/** `1.23E+05`, as Excel writes it: a capital E, a sign, at least two exponent digits. */
function scientific(x: number, decimals: number, trim = false): string {
  const [mantissa, exp] = x.toExponential(decimals).split('e');
  const e = Number(exp);
  return `${trim ? trimZeros(mantissa) : mantissa}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

function fixed(x: number, decimals: number, thousands: boolean): string {
  // toFixed writes 1e21 and above in exponent form: such numbers get scientific instead.
  if (Math.abs(x) >= 1e21) return scientific(x, decimals);
  let text = x.toFixed(decimals);
  // A negative number that rounds to zero shows as zero, not -0.00.
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  return thousands ? group(text) : text;
}

/** Thousands separators in the whole part: `-1234567.5` → `-1,234,567.5`. */
function group(text: string): string {
  const [whole, frac] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** How many decimals a shown number has: `1.250` → 3, `25.0%` → 1, `1.5E+03` → 1, `7` → 0. */
export function decimalsShown(text: string): number {
  const m = /^-?[\d,]*\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

/**
 * The format after "Increase decimals" (+1) or "Decrease decimals" (-1), from the cell's format and
 * what it shows. General becomes fixed at one decimal more or less than shown, as in Excel.
 */
export function stepDecimals(fmt: NumberFormat | null, shown: string, delta: 1 | -1): NumberFormat {
  const clamp = (d: number) => Math.max(0, Math.min(MAX_DECIMALS, d));
  if (!fmt || fmt.number === 'general') return { number: 'fixed', decimals: clamp(decimalsShown(shown) + delta) };
  return { ...fmt, decimals: clamp((fmt.decimals ?? DEFAULT_DECIMALS) + delta) };
}
