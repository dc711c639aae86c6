import { describe, expect, it } from 'vitest';
import { cleanFormat, numberFormatOf, spillOf } from './cell-format';

describe('numberFormatOf', () => {
  it('reads a valid number format and only its own keys', () => {
    expect(numberFormatOf({ number: 'fixed', decimals: 2, thousands: true, spill: true, color: 'red' })).toEqual({
      number: 'fixed',
      decimals: 2,
      thousands: true,
    });
    expect(numberFormatOf({ number: 'percent' })).toEqual({ number: 'percent' });
    expect(numberFormatOf({ number: 'scientific', decimals: 0 })).toEqual({ number: 'scientific', decimals: 0 });
  });
  it('is null when there is none or it is invalid', () => {
    expect(numberFormatOf(undefined)).toBeNull();
    expect(numberFormatOf({ spill: true })).toBeNull();
    expect(numberFormatOf({ number: 'currency' })).toBeNull();
    expect(numberFormatOf({ number: 'fixed', decimals: -1 })).toBeNull();
    expect(numberFormatOf({ number: 'fixed', decimals: 1.5 })).toBeNull();
    expect(numberFormatOf({ number: 'fixed', decimals: 16 })).toBeNull();
    expect(numberFormatOf({ number: 'fixed', decimals: '2' })).toBeNull();
    expect(numberFormatOf({ number: 'fixed', thousands: 'yes' })).toBeNull();
  });
});

describe('cleanFormat', () => {
  it('keeps a valid format and keys it does not know', () => {
    const f = { number: 'fixed', decimals: 3, spill: true, bold: true };
    expect(cleanFormat(f)).toEqual(f);
  });
  it('drops every key of an invalid number format, and a spill that is not a boolean', () => {
    expect(cleanFormat({ number: 'fixed', decimals: 99, thousands: true, bold: true })).toEqual({ bold: true });
    expect(cleanFormat({ decimals: 2 })).toEqual({});
    expect(cleanFormat({ number: 'percent', spill: 'yes' })).toEqual({ number: 'percent' });
  });
});

describe('spillOf', () => {
  it('is true only for spill: true', () => {
    expect(spillOf({ spill: true })).toBe(true);
    expect(spillOf({ spill: 1 })).toBe(false);
    expect(spillOf(undefined)).toBe(false);
  });
});
