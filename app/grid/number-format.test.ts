import { describe, expect, it } from 'vitest';
import { NUMBER_FORMATS, type NumberFormat, decimalsShown, formatNumberAs, namedFormatOf, stepDecimals } from './number-format';

const general = (x: number) => formatNumberAs(x, null);

describe('General, as Excel shows numbers', () => {
  it.each([
    [1234567.891, '1234567.891'],
    [123456789.5, '123456789.5'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.33333333333'],
    [2 / 3, '0.66666666667'],
    [-2.5, '-2.5'],
    [42, '42'],
    [0, '0'],
    [-0, '0'],
    [99999999999, '99999999999'],
    [1e-9, '0.000000001'],
    [0.000123, '0.000123'],
    [Math.PI * 1e6, '3141592.6536'],
  ])('%d shows %s', (x, text) => {
    expect(general(x)).toBe(text);
  });
  it.each([
    [1e11, '1E+11'],
    [123456789012, '1.2345678901E+11'],
    [99999999999.9, '1E+11'], // rounds up to 12 digits
    [-6.02214076e23, '-6.02214076E+23'],
    [1e-10, '1E-10'],
    [1.5e-12, '1.5E-12'],
    [1e300, '1E+300'],
    [Number.MIN_VALUE, '4.9406564584E-324'],
  ])('%d switches to scientific: %s', (x, text) => {
    expect(general(x)).toBe(text);
  });
  it('never shows more than 11 significant digits', () => {
    for (const x of [Math.E, 1 / 7, 12345.678901234, 0.000987654321987, -98765432.123456]) {
      expect(
        general(x)
          .replace(/^-|E.*$/g, '')
          .replace('.', '')
          .replace(/^0+/, '').length,
      ).toBeLessThanOrEqual(11);
    }
  });
  it('writes NaN and the infinities as PyTorch does, in every format', () => {
    for (const fmt of [null, ...NUMBER_FORMATS.map((f) => f.format)]) {
      expect([NaN, Infinity, -Infinity].map((x) => formatNumberAs(x, fmt))).toEqual(['nan', 'inf', '-inf']);
    }
  });
});

describe('fixed, percent and scientific', () => {
  const fmt = (f: NumberFormat) => (x: number) => formatNumberAs(x, f);
  it('fixed pads and rounds to its decimals, with optional thousands separators', () => {
    expect(fmt({ number: 'fixed', decimals: 2 })(1234567.891)).toBe('1234567.89');
    expect(fmt({ number: 'fixed', decimals: 0 })(2.5)).toBe('3');
    expect(fmt({ number: 'fixed' })(3)).toBe('3.00');
    expect(fmt({ number: 'fixed', decimals: 2, thousands: true })(1234567.891)).toBe('1,234,567.89');
    expect(fmt({ number: 'fixed', decimals: 1, thousands: true })(-1234.56)).toBe('-1,234.6');
    expect(fmt({ number: 'fixed', decimals: 0, thousands: true })(999)).toBe('999');
    expect(fmt({ number: 'fixed', decimals: 2 })(-0.001)).toBe('0.00');
    expect(fmt({ number: 'fixed', decimals: 2 })(1e22)).toBe('1.00E+22');
  });
  it('percent multiplies by 100', () => {
    expect(fmt({ number: 'percent', decimals: 2 })(0.25)).toBe('25.00%');
    expect(fmt({ number: 'percent', decimals: 0 })(0.07)).toBe('7%');
    expect(fmt({ number: 'percent', decimals: 1, thousands: true })(12.345)).toBe('1,234.5%');
  });
  it('scientific writes a capital E and a signed two-digit exponent', () => {
    expect(fmt({ number: 'scientific', decimals: 2 })(123456)).toBe('1.23E+05');
    expect(fmt({ number: 'scientific', decimals: 3 })(-0.000123456)).toBe('-1.235E-04');
    expect(fmt({ number: 'scientific', decimals: 0 })(0)).toBe('0E+00');
    expect(fmt({ number: 'scientific', decimals: 1 })(1e100)).toBe('1.0E+100');
  });
});

describe('the named formats', () => {
  it('offers the five the toolbar and the context menu list', () => {
    expect(NUMBER_FORMATS.map((f) => f.label)).toEqual(['General', 'Number (2 decimals)', 'Thousands (1,234.56)', 'Percent', 'Scientific']);
    expect(NUMBER_FORMATS.map((f) => formatNumberAs(1234.5678, f.format))).toEqual([
      '1234.5678',
      '1234.57',
      '1,234.57',
      '123456.78%',
      '1.23E+03',
    ]);
  });
  it('names a cell format after the named one it varies', () => {
    expect(namedFormatOf(null).id).toBe('general');
    expect(namedFormatOf({ number: 'fixed', decimals: 5 }).id).toBe('number');
    expect(namedFormatOf({ number: 'fixed', decimals: 0, thousands: true }).id).toBe('thousands');
    expect(namedFormatOf({ number: 'percent', decimals: 0 }).id).toBe('percent');
    expect(namedFormatOf({ number: 'scientific' }).id).toBe('scientific');
  });
});

describe('stepping decimals', () => {
  it('counts the decimals a number shows', () => {
    expect(['7', '1.250', '25.0%', '1.5E+03', '-1,234.56', 'nan'].map(decimalsShown)).toEqual([0, 3, 1, 1, 2, 0]);
  });
  it('turns General into fixed one decimal from what shows, as Excel does', () => {
    expect(stepDecimals(null, '0.25', 1)).toEqual({ number: 'fixed', decimals: 3 });
    expect(stepDecimals({ number: 'general' }, '1234567.891', -1)).toEqual({ number: 'fixed', decimals: 2 });
    expect(stepDecimals(null, '7', -1)).toEqual({ number: 'fixed', decimals: 0 });
  });
  it('keeps the kind and separators, within 0 to 15 decimals', () => {
    expect(stepDecimals({ number: 'percent', decimals: 2, thousands: true }, '25.00%', -1)).toEqual({
      number: 'percent',
      decimals: 1,
      thousands: true,
    });
    expect(stepDecimals({ number: 'scientific' }, '1.23E+05', 1)).toEqual({ number: 'scientific', decimals: 3 });
    expect(stepDecimals({ number: 'fixed', decimals: 15 }, '', 1)).toEqual({ number: 'fixed', decimals: 15 });
    expect(stepDecimals({ number: 'fixed', decimals: 0 }, '', -1)).toEqual({ number: 'fixed', decimals: 0 });
  });
});
