import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import type { PyStmt } from './python-ast';
import { firstSyntaxError, lineIndex, StatementReader } from './python-statements';

function read(src: string): PyStmt[] {
  return new StatementReader(src, src, lineIndex(src)).block(parser.parse(src).topNode, 0);
}

describe('StatementReader', () => {
  it('reads statements with their line and source, comments on their own line only', () => {
    const s = read('import torch.nn.functional as F, math\nfrom torch import nn\n# note\nx = 1  # trailing\na = b = 2; c, d = 3, 4\n');
    expect(s.map((x) => [x.k, x.line, x.source])).toEqual([
      ['import', 1, 'import torch.nn.functional as F, math'],
      ['import', 2, 'from torch import nn'],
      ['comment', 3, '# note'],
      ['assign', 4, 'x = 1'],
      ['assign', 5, 'a = b = 2'],
      ['assign', 5, 'c, d = 3, 4'],
    ]);
    expect(s[0]).toMatchObject({ modules: ['torch.nn.functional', 'math'] });
    expect(s[1]).toMatchObject({ modules: ['torch'] });
    expect(s[4]).toMatchObject({
      targets: [
        { k: 'name', id: 'a' },
        { k: 'name', id: 'b' },
      ],
    });
    expect(s[5]).toMatchObject({ targets: [{ k: 'tuple' }], value: { k: 'tuple', items: [{ text: '3' }, { text: '4' }] } });
  });

  it('reads defs with decorators, loops and with blocks', () => {
    const [d, f, w, n] = read(
      '@torch.no_grad()\ndef f(a, b=1, *c):\n    return a\nfor i in range(3):\n    pass\nwhile x < 1:\n    x += 1\nwith torch.no_grad():\n    y = 2\n',
    );
    expect(d).toMatchObject({
      k: 'def',
      name: 'f',
      params: [
        { name: 'a', plain: true },
        { name: 'b', plain: false },
        { name: 'c', plain: false },
      ],
      decorators: [{ k: 'call', fn: { k: 'attr', name: 'no_grad' } }],
    });
    expect(f).toMatchObject({ k: 'for', target: { id: 'i' }, body: [{ k: 'pass' }] });
    expect(w).toMatchObject({ k: 'while', body: [{ k: 'aug', op: '+=' }] });
    expect(n).toMatchObject({ k: 'with', body: [{ k: 'assign', line: 9 }] });
  });

  it('names what it does not translate', () => {
    const kinds = read('if x:\n    pass\nclass A:\n    pass\ntry:\n    pass\nexcept E:\n    pass\ndel x\nx: int = 1\n').map((s) =>
      s.k === 'other' ? s.reason : s.k,
    );
    expect(kinds).toEqual([
      'if statements are not translated',
      'classes (nn.Module, autograd.Function) are not translated',
      'a try statement is not translated',
      'a delete statement is not translated',
      'annotated assignments are not translated',
    ]);
  });

  it('finds the first syntax error with its line', () => {
    const src = 'x = 1\ny = (2\nz = 3\n';
    expect(firstSyntaxError(parser.parse(src), src, lineIndex(src))).toMatch(/^line [23]: not Python: /);
    expect(firstSyntaxError(parser.parse('x = 1\n'), 'x = 1\n', lineIndex('x = 1\n'))).toBeNull();
  });

  it('maps offsets to lines', () => {
    const lineOf = lineIndex('a\nbb\n\nc');
    expect([0, 1, 2, 4, 5, 6].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});
