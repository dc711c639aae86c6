import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, utf8Length } from './utf8';

describe('utf8Length', () => {
  it('counts what TextEncoder makes, for any text (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
      expect(utf8Length(a + b)).toBe(new TextEncoder().encode(a + b).length);
    }));
    expect([utf8Length('a'), utf8Length('é'), utf8Length('€'), utf8Length('🎉'), utf8Length('\ud800'), utf8Length('\udc00\ud800')]).toEqual([1, 2, 3, 4, 3, 6]);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('\ufeff{"a":"é"}'))).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    for (const bad of [[0xc3, 0x28], [0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x7b, 0xe2, 0x82]]) {
      expect(decodeUtf8(Uint8Array.from(bad))).toEqual({ ok: false, message: expect.stringMatching(/^the file is not UTF-8 text/) });
    }
  });

  it('names UTF-16, either byte order', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      expect(decodeUtf8(Uint8Array.from([...bom, 0x7b, 0]))).toEqual({ ok: false, message: 'the file is UTF-16 text; save it as UTF-8 (a workbook file is JSON in UTF-8)' });
    }
  });
});
