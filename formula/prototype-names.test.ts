import { describe, expect, it } from 'vitest';
import { Workbook } from './book';

// Lookups by a name the user typed must see only our own tables, never Object.prototype's members.
describe('names that Object.prototype has', () => {
  const words = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

  it.each(words)('=%s is an unknown name, not a constant', (word) => {
    const book = new Workbook();
    book.set('A1', `=${word}`);
    book.set('A2', `=torch.${word}`);
    expect([book.get('A1'), book.get('A2')]).toMatchObject([{ kind: 'error', code: '#NAME?' }, { kind: 'error' }]);
  });

  it.each(words)('float("%s") is not a number', (word) => {
    const book = new Workbook();
    book.set('A1', `=float("${word}")`);
    expect(book.get('A1')).toMatchObject({ kind: 'error', code: '#VALUE!' });
  });

  it('a workbook name __proto__ is a name like any other', () => {
    const book = Workbook.fromJSON(
      JSON.parse(
        '{"format":"gradsheet","version":1,"sheets":[{"name":"Sheet1","cells":{"A1":"5","B1":"=__proto__ * 2"}}],"names":{"__proto__":"Sheet1!A1"}}',
      ),
    );
    expect(book.get('B1')).toMatchObject({ kind: 'tensor', value: 10 });
    expect(JSON.stringify(book.toJSON().names)).toBe('{"__proto__":"Sheet1!A1"}');
  });
});
