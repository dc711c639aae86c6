// Owns the formula language for CodeMirror: the same Lezer parser the compiler uses, its highlighting,
// and (in completion.ts, signature.ts, lint.ts) autocomplete, signature help and parse errors.

import { HighlightStyle, LRLanguage, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags as t } from '@lezer/highlight';
import { parser } from '../../formula/grammar/parser.js';

export const formulaLanguage = LRLanguage.define({ name: 'gradsheet-formula', parser, languageData: { closeBrackets: { brackets: ['(', '[', '"'] } } });

const style = HighlightStyle.define([
  { tag: t.number, class: 'tok-number' },
  { tag: t.string, class: 'tok-string' },
  { tag: t.bool, class: 'tok-bool' },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], class: 'tok-function' },
  { tag: t.variableName, class: 'tok-name' },
  { tag: t.propertyName, class: 'tok-property' },
  { tag: [t.special(t.variableName), t.labelName], class: 'tok-ref' },
  { tag: t.operator, class: 'tok-operator' },
  { tag: t.attributeName, class: 'tok-kwarg' },
  { tag: t.definition(t.variableName), class: 'tok-param' },
  { tag: t.invalid, class: 'tok-invalid' },
]);

/** Everything a formula editor needs; completion and signature help are added as they land. */
export function formulaExtensions(): Extension {
  return [new LanguageSupport(formulaLanguage), syntaxHighlighting(style)];
}
