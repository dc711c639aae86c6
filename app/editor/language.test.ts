import { syntaxTree } from '@codemirror/language';
import { parser } from '../../formula/grammar/parser.js';
import { expect, test } from 'vitest';
import { stateAt } from './test-helpers';

// language.ts parses the whole input from the `CellInput` top: the `=` token, then the compiler's own tree.
test.each([
  '=sum(x, di',
  '=(a, b) => a + b',
  '=(a) => a',
  '=(a, b)',
  '=(a,)',
  '=-x**2',
  '=x.sum(dim=0)',
  '=mse_loss(a, b, reduction="',
  '=let(a, 1, a',
  '=x[0].',
  '=A1:B2 @ Sheet2!C3',
])('the tree of %s is the "=" and the formula\'s own tree', (formula) => {
  const { state } = stateAt(`${formula}|`);
  const tree = syntaxTree(state);
  expect(tree.topNode.name).toBe('CellInput');
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a Lezer tree prints its node names (Tree.toString)
  expect(String(tree).replace(/^CellInput\("=",/, 'Formula(')).toBe(String(parser.parse(formula.slice(1))));
});
