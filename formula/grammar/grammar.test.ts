// Runs the grammar fixtures in test/*.txt against the generated parser, as Lezer grammar packages do.
import { readdirSync, readFileSync } from 'node:fs';
import { fileTests } from '@lezer/generator/test';
import { highlightTree, tagHighlighter, tags as t } from '@lezer/highlight';
import { describe, expect, it } from 'vitest';
import { parser } from './parser.js';

const dir = new URL('./test/', import.meta.url);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  describe(file, () => {
    for (const { name, run } of fileTests(readFileSync(new URL(file, dir), 'utf8'), file)) {
      it(name, () => run(parser));
    }
  });
}

describe('highlighting', () => {
  // A selector in highlight.ts that names no node fails silently, so check what each piece gets.
  it('tags each kind of token', () => {
    const text = 'f(A1, x.sum(dim=1)) + "s" >= true';
    const highlighter = tagHighlighter([
      { tag: t.function(t.variableName), class: 'call' },
      { tag: t.special(t.variableName), class: 'ref' },
      { tag: t.function(t.propertyName), class: 'method' },
      { tag: t.variableName, class: 'name' },
      { tag: t.attributeName, class: 'kwarg' },
      { tag: t.number, class: 'number' },
      { tag: t.string, class: 'string' },
      { tag: t.bool, class: 'bool' },
      { tag: t.arithmeticOperator, class: 'arith' },
      { tag: t.compareOperator, class: 'compare' },
    ]);
    const seen: string[] = [];
    highlightTree(parser.parse(text), highlighter, (from, to, cls) => seen.push(`${text.slice(from, to)}:${cls}`));
    expect(seen).toEqual([
      'f:call',
      'A1:ref',
      'x:name',
      'sum:method',
      'dim:kwarg',
      '1:number',
      '+:arith',
      '"s":string',
      '>=:compare',
      'true:bool',
    ]);
  });
});
