// Owns the display options a cell's `format` may hold that we understand: its number format and
// whether a tensor spills. Checked on every read, so an invalid option is dropped, never trusted.

/** How a number is written: Excel's General, fixed decimals, a percentage, or scientific notation. */
const NUMBER_KINDS = ['general', 'fixed', 'percent', 'scientific'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** The most decimals a format may ask for (float64 carries about 16 significant digits). */
export const MAX_DECIMALS = 15;

/**
 * A number format, stored flat in a cell's `format` beside other display options:
 * `{ number: 'fixed', decimals: 2, thousands: true }`. `decimals` is ignored by General; `thousands`
 * (1,234.5) applies to fixed and percent.
 */
export interface NumberFormat {
  number: NumberKind;
  decimals?: number;
  thousands?: boolean;
}

/** The keys of a cell's `format` that a NumberFormat owns. */
export const NUMBER_FORMAT_KEYS = ['number', 'decimals', 'thousands'] as const;

type FormatRecord = Readonly<Record<string, string | number | boolean>>;

const isKind = (v: unknown): v is NumberKind => typeof v === 'string' && (NUMBER_KINDS as readonly string[]).includes(v);
const isDecimals = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_DECIMALS;

/** The number format a cell's `format` holds, or null when it holds none or an invalid one. */
export function numberFormatOf(format: FormatRecord | undefined): NumberFormat | null {
  if (!format || format.number === undefined) return null;
  const { number, decimals, thousands } = format;
  if (!isKind(number)) return null;
  if (decimals !== undefined && !isDecimals(decimals)) return null;
  if (thousands !== undefined && typeof thousands !== 'boolean') return null;
  const out: NumberFormat = { number };
  if (decimals !== undefined) out.decimals = decimals;
  if (thousands !== undefined) out.thousands = thousands;
  return out;
}

/** Whether a cell asks to spill its tensor over the cells below and to the right. */
export const spillOf = (format: FormatRecord | undefined): boolean => format?.spill === true;

/**
 * A cell's `format` with the options we understand checked: an invalid number format (an unknown kind,
 * decimals out of 0..MAX_DECIMALS, a non-boolean `thousands`, or parts without a kind) loses all its
 * keys, and a non-boolean `spill` is dropped. Keys we do not know are kept as they are.
 */
export function cleanFormat<F extends FormatRecord>(format: F): F {
  const out: Record<string, string | number | boolean> = { ...format };
  const hasNumberKeys = NUMBER_FORMAT_KEYS.some((k) => k in out);
  if (hasNumberKeys && numberFormatOf(format) === null) for (const k of NUMBER_FORMAT_KEYS) delete out[k];
  if ('spill' in out && typeof out.spill !== 'boolean') delete out.spill;
  return out as F;
}
