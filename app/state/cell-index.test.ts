import { describe, expect, it } from 'vitest';
import { objectKeys } from './cell-index';
import { withInputs } from './document';

describe('objectKeys', () => {
  it('lists the cells that are objects, and an edit of inputs hands the list on', () => {
    const cells = { A1: '1', B1: { input: '2', format: { spill: true } }, C1: { input: '', note: 'n' } };
    expect(objectKeys(cells)).toEqual(['B1', 'C1']);
    const next = withInputs(cells, [['A1', ''], ['B1', '3'], ['D1', 'x'], ['C1', '=1']]);
    expect(objectKeys(next)).toBe(objectKeys(cells));
    expect(Object.keys(next).filter((k) => typeof next[k] !== 'string')).toEqual([...objectKeys(next)]);
  });
});
