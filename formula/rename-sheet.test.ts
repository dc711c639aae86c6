import { describe, expect, it } from 'vitest';
import { renameSheetInInput } from './rename-sheet';

describe('renaming a sheet in formulas', () => {
  it.each([
    ['=Data!A1 + 1', '=Inputs!A1 + 1', 'Inputs'],
    ['=sum(Data!A1:B2) * data!C3', '=sum(Inputs!A1:B2) * Inputs!C3', 'Inputs'],
    ['=Data!A1 + Other!A1 + A1', "='My data'!A1 + Other!A1 + A1", 'My data'],
    ["='Data'!$A$1", '=New!$A$1', 'New'],
    ["='Data'!A1 + 'It''s'!B2", "='It''s'!A1 + 'It''s'!B2", "It's"],
    ['=grad(f(Data!A1), Data!A1, [1])', '=grad(f(X!A1), X!A1, [1])', 'X'],
  ])('%s', (input, want, to) => expect(renameSheetInInput(input, 'Data', to)).toBe(want));

  it('leaves text, numbers, other sheets and broken formulas alone', () => {
    expect(renameSheetInInput('Data!A1', 'Data', 'X')).toBe('Data!A1');
    expect(renameSheetInInput('=Database!A1', 'Data', 'X')).toBe('=Database!A1');
    expect(renameSheetInInput('=Data!A1 +* 2', 'Data', 'X')).toBe('=Data!A1 +* 2');
  });
});
