import { syntaxTree } from '@codemirror/language';
import { parser } from '../../formula/grammar/parser.js';
import { expect, test } from 'vitest';
import { stateAt } from './test-helpers';

// language.ts lets the parser see the leading `=`: this is the check that it costs nothing but one error node.
test.each([
  '=sum(x, di', '=(a, b) => a + b', '=-x**2', '=x.sum(dim=0)', '=mse_loss(a, b, reduction="', '=let(a, 1, a', '=x[0].', '=A1:B2 @ Sheet2!C3',
])('the tree of %s is the formula\'s own tree behind one error node', (formula) => {
  const { state } = stateAt(`${formula}|`);
  const tree = syntaxTree(state);
  const first = tree.topNode.firstChild;
  expect(first?.type.isError && first.from === 0 && first.to === 1).toBe(true);
  expect(tree.toString().replace('Formula(⚠("="),', 'Formula(')).toBe(parser.parse(formula.slice(1)).toString());
});
