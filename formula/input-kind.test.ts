import { describe, expect, it } from 'vitest';
import { inputKind } from './input-kind';

describe('inputKind', () => {
  it('tells formulas, quoted text, nothing, numbers, booleans and text apart as SPEC §2 reads them', () => {
    const kinds = ['=1+1', "'=1+1", '', '   ', ' 2.5e3 ', '-.5', '1.', 'TRUE', ' false ', 'truthy', '1,5', 'e5'].map(inputKind);
    expect(kinds).toEqual(['formula', 'quoted', 'empty', 'empty', 'number', 'number', 'number', 'bool', 'bool', 'text', 'text', 'text']);
  });
});
