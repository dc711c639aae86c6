import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from './utf8';

describe('utf8Length', () => {
  it('counts what TextEncoder makes, for any text (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(utf8Length(a + b)).toBe(new TextEncoder().encode(a + b).length);
      }),
    );
    expect([utf8Length('a'), utf8Length('é'), utf8Length('€'), utf8Length('🎉'), utf8Length('\ud800'), utf8Length('\udc00\ud800')]).toEqual(
      [1, 2, 3, 4, 3, 6],
    );
  });
});
