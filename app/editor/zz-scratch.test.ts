import { test } from 'vitest';
import { parser } from '../../formula/grammar/parser.js';
test('x', () => {
  for (const s of ['=(a, b) => a + b', '=-x**2', '=[1, 2]', '=y => y * 2', '=x.sum(dim=0)', '==1', '=sum(x, keepdim=t', '=let(a, 1, a', '=A1:B2', '=f(x)(2)', '=sum(', '=x[0].', '=sum(x,'] ) {
    const a = parser.parse(s).toString().replace('Formula(⚠("="),', 'Formula(');
    const b = parser.parse(s.slice(1)).toString();
    console.log('R', a === b ? 'same' : 'DIFF', s, a, a === b ? '' : b);
  }
});
