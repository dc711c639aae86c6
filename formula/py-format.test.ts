import { describe, expect, it } from 'vitest';
import { formatExponent, formatFixed, pyStrRepr } from './py-format';

// Expected strings are what CPython 3 prints for the same format specs.
describe("Python's float formatting", () => {
  it("'{:.4f}' rounds the exact binary value, ties to even", () => {
    expect(formatFixed(4.5, 4)).toBe('4.5000');
    expect(formatFixed(0.03125, 4)).toBe('0.0312'); // an exact tie: JavaScript's toFixed gives 0.0313
    expect(formatFixed(-0.03125, 4)).toBe('-0.0312');
    expect(formatFixed(0.15625, 4)).toBe('0.1562');
    expect(formatFixed(1.00005, 4)).toBe('1.0001'); // 1.00005 is stored a little above the tie
    expect(formatFixed(-1 / 3, 4)).toBe('-0.3333');
    expect(formatFixed(1234.5, 4)).toBe('1234.5000');
  });

  it("'{:.0f}' has no decimal point and rounds ties to even", () => {
    expect(formatFixed(27, 0)).toBe('27');
    expect(formatFixed(2.5, 0)).toBe('2');
    expect(formatFixed(3.5, 0)).toBe('4');
    expect(formatFixed(1e20, 0)).toBe('100000000000000000000');
  });

  it('keeps the sign of negative zero and of negatives that round to zero', () => {
    expect(formatFixed(-0, 4)).toBe('-0.0000');
    expect(formatFixed(-0, 0)).toBe('-0');
    expect(formatFixed(-0.00001, 4)).toBe('-0.0000');
    expect(formatExponent(-0, 4)).toBe('-0.0000e+00');
  });

  it("'{:.4e}' pads the exponent to two digits", () => {
    expect(formatExponent(1e-5, 4)).toBe('1.0000e-05');
    expect(formatExponent(0, 4)).toBe('0.0000e+00');
    expect(formatExponent(-45875.3, 4)).toBe('-4.5875e+04');
    expect(formatExponent(1e300, 4)).toBe('1.0000e+300');
    expect(formatExponent(5e-324, 4)).toBe('4.9407e-324');
    expect(formatExponent(9.99994, 4)).toBe('9.9999e+00');
    expect(formatExponent(9.99995, 4)).toBe('1.0000e+01'); // rounding carries into a new digit
    expect(formatExponent(0.000123455, 4)).toBe('1.2345e-04'); // stored just below the tie
    expect(formatExponent(1000, 4)).toBe('1.0000e+03'); // log10 exactly on a power of ten
    expect(formatExponent(999.99999, 4)).toBe('1.0000e+03');
  });

  it('writes nan and inf as Python does, ignoring the sign of a NaN', () => {
    expect(formatFixed(NaN, 4)).toBe('nan');
    expect(formatFixed(Infinity, 0)).toBe('inf');
    expect(formatExponent(-Infinity, 4)).toBe('-inf');
  });
});

describe("Python's repr of a str", () => {
  it('picks the quotes Python picks', () => {
    expect(pyStrRepr("it's")).toBe(`"it's"`);
    expect(pyStrRepr('say "hi"')).toBe(`'say "hi"'`);
    expect(pyStrRepr(`both ' and "`)).toBe(`'both \\' and "'`);
    expect(pyStrRepr('')).toBe("''");
  });

  it('escapes backslashes, control and invisible characters, and keeps printable Unicode', () => {
    expect(pyStrRepr('tab\there\nnew\\')).toBe("'tab\\there\\nnew\\\\'");
    expect(pyStrRepr('\x00\x7f\x85\xa0 \u2028é漢😀\u200b')).toBe("'\\x00\\x7f\\x85\\xa0 \\u2028é漢😀\\u200b'");
  });
});
